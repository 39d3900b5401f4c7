package org.tandem.goals;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired (synchronously, with {@code jakarta.enterprise.event.Event#fire}) inside the transaction
 * that marks a goal achieved, after its transition is flushed. This is the place where achieving a
 * goal can celebrate it: the celebrations feature observes this event, with a plain
 * {@code @Observes} to create its celebration in the same transaction (an achievement and its
 * celebration then commit or roll back together), or with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} for work that must follow a commit
 * (notifications). A confidential goal's observers must keep its audience: only those who see the
 * goal ({@code docs/goals.md}).
 *
 * @param achievedBy the account that marked it achieved
 * @param celebration what the request asked to celebrate the achievement with; null when it did not
 */
public record GoalAchieved(UUID tenantId, UUID goalId, UUID studentId, String title, GoalCategory category,
                           boolean confidential, UUID achievedBy, Side side, Instant achievedAt,
                           org.tandem.goals.dto.Transition.Celebrate celebration) {
}
