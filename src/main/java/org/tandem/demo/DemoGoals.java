package org.tandem.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.goals.Direction;
import org.tandem.goals.Goal;
import org.tandem.goals.GoalCategory;
import org.tandem.goals.GoalSeeder;
import org.tandem.goals.GoalSeeder.Description;
import org.tandem.goals.GoalTerms;
import org.tandem.goals.MeasureKind;
import org.tandem.goals.Side;
import org.tandem.goals.checkin.CheckIn;

/**
 * The demo district's goals, one or more in each state: Maya's reading goal with twelve weekly
 * check-ins that chart well (and an achieved milestone goal), Leo's confidential IEP goal that only
 * Ana (educational rights), his assigned teacher David Chen and the administrators see, Leo's
 * attendance goal proposed by Ana and awaiting the school, Ava's goal awaiting her parents (and one
 * her teacher withdrew), and Noah's discontinued goal.
 */
@ApplicationScoped
class DemoGoals implements DemoSection {

    /** Maya's words per minute, week by week: a steady climb with a little noise. */
    private static final double[] MAYA_WPM = {52, 55, 55, 58, 61, 62, 65, 68, 68, 72, 75, 77};

    private final GoalSeeder seeder;

    DemoGoals(GoalSeeder seeder) {
        this.seeder = seeder;
    }

    @Override
    public String name() {
        return "goals";
    }

    @Override
    public boolean present(DemoDirectory demo) {
        return seeder.anyFor(demo.student("Maya").id());
    }

    @Override
    public void populate(DemoDirectory demo) {
        LocalDate today = LocalDate.now(demo.clock());
        UUID ana = demo.account(DemoPeople.GUARDIAN).id();
        UUID rivera = demo.account(DemoPeople.TEACHER).id();
        UUID chen = demo.account(DemoPeople.SECOND_TEACHER).id();
        UUID okafor = demo.account(DemoPeople.PRINCIPAL).id();
        UUID chenStaff = demo.staff(DemoPeople.SECOND_TEACHER).id();
        mayasReading(demo.student("Maya").id(), rivera, ana, today);
        mayasTables(demo.student("Maya").id(), rivera, ana, today);
        leosIep(demo.student("Leo").id(), chen, chenStaff, ana, today);
        leosAttendance(demo.student("Leo").id(), ana, today);
        avasFeelings(demo.student("Ava").id(), rivera, today);
        avasWithdrawn(demo.student("Ava").id(), rivera, today);
        noahsClub(demo.student("Noah").id(), chen, demo.account(DemoPeople.NOAH_MOTHER).id(), okafor, today);
    }

    private void mayasReading(UUID maya, UUID rivera, UUID ana, LocalDate today) {
        LocalDate start = today.minusWeeks(11);
        Goal goal = seeder.propose(maya, rivera, Side.SCHOOL, new Description("Read more fluently",
                        "Maya reads a grade-level passage aloud, smoothly and with expression.", GoalCategory.ACADEMIC,
                        "Ana reads with Maya for 20 minutes every evening, in Spanish or English",
                        "Guided reading group three times a week with Ms. Rivera"),
                target(start, start.plusWeeks(18), 52, 90, "words per minute", Direction.HIGHER, 3),
                false, List.of(), List.of());
        seeder.agree(goal, ana, Side.FAMILY);
        for (int week = 0; week < MAYA_WPM.length; week++) {
            boolean atSchool = week % 2 == 0;
            CheckIn checkIn = seeder.checkIn(goal, atSchool ? rivera : ana, atSchool ? Side.SCHOOL : Side.FAMILY,
                    start.plusWeeks(week), MAYA_WPM[week], week == 0 ? "Baseline reading: a grade 3 passage"
                            : week == 7 ? "Read the whole bedtime story to her brother" : null, 0);
            if (week == 7) {
                seeder.comment(checkIn, rivera, "¡Qué bien! That is exactly the practice that helps.");
            }
        }
    }

    private void mayasTables(UUID maya, UUID rivera, UUID ana, LocalDate today) {
        LocalDate start = today.minusWeeks(10);
        Goal goal = seeder.propose(maya, ana, Side.FAMILY, new Description("Know the times tables from 2 to 5",
                        "Quick recall of the 2, 3, 4 and 5 times tables.", GoalCategory.ACADEMIC,
                        "Flash cards after dinner", "Math centres on Fridays"),
                new GoalTerms(start, start.plusWeeks(8), MeasureKind.MILESTONES, null, null, null, null, null),
                false, List.of(), List.of("Twos", "Threes", "Fours", "Fives"));
        seeder.agree(goal, rivera, Side.SCHOOL);
        for (int table = 1; table <= 4; table++) {
            seeder.checkIn(goal, table % 2 == 0 ? ana : rivera, table % 2 == 0 ? Side.FAMILY : Side.SCHOOL,
                    start.plusWeeks(table * 2L - 1), null, null, table);
        }
        seeder.achieve(goal, rivera, Side.SCHOOL);
    }

    private void leosIep(UUID leo, UUID chen, UUID chenStaff, UUID ana, LocalDate today) {
        LocalDate start = today.minusWeeks(6);
        Goal goal = seeder.propose(leo, chen, Side.SCHOOL, new Description("IEP: organise a written paragraph",
                        "Leo writes a paragraph with a topic sentence, three supporting details and a conclusion, "
                                + "scored on the 4-point writing rubric.", GoalCategory.ACADEMIC,
                        "Talk through the ideas before writing homework",
                        "Graphic organiser and weekly conference with Mr. Chen"),
                target(start, start.plusWeeks(20), 1, 4, "rubric points", Direction.HIGHER, 3),
                true, List.of(chenStaff), List.of());
        seeder.agree(goal, ana, Side.FAMILY);
        double[] scores = {1, 1.5, 2, 2, 2.5};
        for (int week = 0; week < scores.length; week++) {
            seeder.checkIn(goal, chen, Side.SCHOOL, start.plusWeeks(week + 1L), scores[week],
                    week == 4 ? "Used the organiser without prompting" : null, 0);
        }
    }

    private void leosAttendance(UUID leo, UUID ana, LocalDate today) {
        seeder.propose(leo, ana, Side.FAMILY, new Description("Be on time every morning",
                        "Fewer late arrivals each month.", GoalCategory.ATTENDANCE,
                        "Alarm at 6:45 and the bag packed the night before", "A morning job for Leo at 8:00"),
                target(today, today.plusWeeks(12), 6, 1, "late arrivals a month", Direction.LOWER, null),
                false, List.of(), List.of());
    }

    private void avasFeelings(UUID ava, UUID rivera, LocalDate today) {
        seeder.propose(ava, rivera, Side.SCHOOL, new Description("Name feelings with words",
                        "Ava tells an adult how she feels instead of leaving the room.", GoalCategory.SOCIAL_EMOTIONAL,
                        "The feelings chart on the fridge, in both homes", "Check-in with the counsellor on Mondays"),
                new GoalTerms(today, today.plusWeeks(10), MeasureKind.MILESTONES, null, null, null, null, null),
                false, List.of(), List.of("Uses the feelings chart", "Names a feeling when asked",
                        "Names a feeling unprompted"));
    }

    private void avasWithdrawn(UUID ava, UUID rivera, LocalDate today) {
        Goal goal = seeder.propose(ava, rivera, Side.SCHOOL, new Description("Hand in homework on Fridays",
                        "Every Friday's homework handed in on time.", GoalCategory.ACADEMIC, null, "A Friday reminder card"),
                new GoalTerms(today.minusWeeks(1), today.plusWeeks(8), MeasureKind.MILESTONES, null, null, null, null,
                        null), false, List.of(), List.of("Four Fridays in a row", "Eight Fridays in a row"));
        seeder.withdraw(goal, rivera, Side.SCHOOL);
    }

    private void noahsClub(UUID noah, UUID chen, UUID emma, UUID okafor, LocalDate today) {
        Goal goal = seeder.propose(noah, chen, Side.SCHOOL, new Description("Join a lunchtime club",
                        "Try one lunchtime club for a month.", GoalCategory.OTHER, null, "Mr. Chen introduces Noah to the club leads"),
                new GoalTerms(today.minusWeeks(5), today.plusWeeks(3), MeasureKind.MILESTONES, null, null, null, null,
                        null), false, List.of(), List.of("Visits a club", "Goes four weeks in a row"));
        seeder.agree(goal, emma, Side.FAMILY);
        seeder.discontinue(goal, okafor, Side.SCHOOL, "The clubs paused for the winter; we will pick this up in spring");
    }

    private static GoalTerms target(LocalDate start, LocalDate end, double baseline, double target, String unit,
                                    Direction direction, Integer mastery) {
        return new GoalTerms(start, end, MeasureKind.TARGET, baseline, target, unit, direction, mastery);
    }
}
