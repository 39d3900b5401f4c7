package org.tandem.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.tandem.celebrations.CelebrationCategory;
import org.tandem.celebrations.CelebrationSeeder;
import org.tandem.celebrations.badges.BadgeSymbol;
import org.tandem.celebrations.reactions.Reaction;

/**
 * The demo district's celebrations, after its goals: a small badge catalog (one retired), Maya's
 * and Leo's celebrations, one for Noah's class (Grade 5, which Noah's no-contact father never sees),
 * reactions and a reply from the families, Ana's appreciation of Ms. Rivera, and the celebration of
 * Maya's achieved times-tables goal, linked both ways, so her timeline shows it.
 */
@ApplicationScoped
class DemoCelebrations implements DemoSection {

    private final CelebrationSeeder seeder;

    DemoCelebrations(CelebrationSeeder seeder) {
        this.seeder = seeder;
    }

    @Override
    public String name() {
        return "celebrations";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public boolean present(DemoDirectory demo) {
        return seeder.anyFor(demo.student("Maya").id());
    }

    @Override
    public void populate(DemoDirectory demo) {
        Instant now = demo.clock().instant();
        UUID maya = demo.student("Maya").id();
        UUID leo = demo.student("Leo").id();
        UUID grade5 = demo.schoolClass("demo-class-5").id();
        UUID ana = demo.account(DemoPeople.GUARDIAN).id();
        UUID emma = demo.account(DemoPeople.NOAH_MOTHER).id();
        UUID rivera = demo.account(DemoPeople.TEACHER).id();
        UUID chen = demo.account(DemoPeople.SECOND_TEACHER).id();
        UUID okafor = demo.account(DemoPeople.PRINCIPAL).id();

        UUID reader = seeder.badge("Bookworm", "Read with joy and stamina", BadgeSymbol.BOOK);
        UUID helper = seeder.badge("Helping hand", "Helped a classmate without being asked", BadgeSymbol.HANDSHAKE);
        UUID climber = seeder.badge("Summit", "Kept going when it was hard", BadgeSymbol.MOUNTAIN);
        seeder.badge("Star of the week", "Retired: we celebrate everyone, not one a week", BadgeSymbol.STAR);
        retire(demo, "Star of the week");

        UUID mayaHelp = seeder.celebrate(maya, null, rivera, "Helped a new classmate find her way",
                "Maya showed Lina around the school and sat with her at lunch all week.", CelebrationCategory.KINDNESS,
                helper, now.minus(20, ChronoUnit.DAYS));
        seeder.celebrate(maya, null, rivera, "Read a chapter book aloud to the class", null,
                CelebrationCategory.ACADEMIC, reader, now.minus(6, ChronoUnit.DAYS));
        UUID leoWriting = seeder.celebrate(leo, null, chen, "Finished his first five-paragraph essay",
                "Leo planned, drafted and revised it himself.", CelebrationCategory.PERSEVERANCE, climber,
                now.minus(3, ChronoUnit.DAYS));
        UUID classTrip = seeder.celebrate(null, grade5, chen, "Grade 5 planted the school garden",
                "Every one of you dug, carried and watered. Thank you!", CelebrationCategory.EFFORT, null,
                now.minus(1, ChronoUnit.DAYS));

        seeder.achievedGoalOf(maya).ifPresent(goal -> seeder.celebrateGoal((UUID) goal[0], (Boolean) goal[1], maya,
                rivera, "Times tables from 2 to 5: done!", "Maya knows all four tables by heart.", climber));

        seeder.react(mayaHelp, ana, Reaction.HEART);
        seeder.react(mayaHelp, okafor, Reaction.CLAP);
        seeder.react(leoWriting, ana, Reaction.PARTY);
        seeder.react(classTrip, ana, Reaction.CLAP);
        seeder.react(classTrip, emma, Reaction.HEART);
        seeder.react(classTrip, emma, Reaction.SMILE);
        seeder.reply(mayaHelp, ana, "¡Gracias, Ms. Rivera! She talks about Lina every evening.");

        seeder.appreciate(demo.staff(DemoPeople.TEACHER).id(), ana, maya,
                "Thank you for the reading group: Maya reads to her brother every night now.");
    }

    private static void retire(DemoDirectory demo, String name) {
        demo.em().createQuery("UPDATE Badge b SET b.active = false, b.version = b.version + 1 WHERE b.name = :n")
                .setParameter("n", name).executeUpdate();
    }
}
