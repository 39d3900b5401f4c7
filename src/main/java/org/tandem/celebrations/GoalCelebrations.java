package org.tandem.celebrations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.tandem.celebrations.badges.BadgeRepository;
import org.tandem.goals.GoalAchieved;
import org.tandem.goals.dto.Transition;

/**
 * Celebrates an achieved goal when the achieving request asked for it ({@link GoalAchieved#celebration}),
 * in the same transaction: the achievement and its celebration commit or roll back together (a retired
 * badge refuses both). The celebration links to the goal and the goal back to it; a confidential goal's
 * celebration is confidential too, so it keeps the goal's audience.
 */
@ApplicationScoped
class GoalCelebrations {

    private final CelebrationRepository celebrations;
    private final BadgeRepository badges;
    private final CelebrationEvents domainEvents;

    GoalCelebrations(CelebrationRepository celebrations, BadgeRepository badges, CelebrationEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.celebrations = celebrations;
        this.badges = badges;
    }

    void on(@Observes GoalAchieved achieved) {
        Transition.Celebrate asked = achieved.celebration();
        if (asked == null) {
            return;
        }
        Celebration celebration = new Celebration(achieved.studentId(), null, achieved.achievedBy(), achieved.goalId(),
                achieved.confidential());
        String title = CelebrationService.blankToNull(asked.title());
        celebration.describe(title == null ? truncate("Achieved: " + achieved.title()) : title,
                CelebrationService.blankToNull(asked.message()),
                asked.category() == null ? CelebrationCategory.MILESTONE
                        : CelebrationCategory.valueOf(CelebrationReads.upper(asked.category())),
                badges.usable(asked.badgeId(), "celebration.badgeId"));
        celebrations.persist(celebration);
        celebrations.flush();
        celebrations.linkGoal(achieved.goalId(), celebration.id());
        domainEvents.posted(celebration);
    }

    private static String truncate(String title) {
        return title.length() <= 200 ? title : title.substring(0, 199) + "…";
    }
}
