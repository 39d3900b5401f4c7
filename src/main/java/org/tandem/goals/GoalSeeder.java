package org.tandem.goals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.goals.checkin.CheckIn;
import org.tandem.goals.checkin.CheckInComment;

/**
 * Writes goals as they would have come about, without a caller: for the demo district, whose
 * section runs at start-up inside its tenant and transaction. Every step keeps the rules the API
 * keeps (the history of each transition, milestones ticked by a check-in).
 */
@ApplicationScoped
public class GoalSeeder {

    private final GoalRepository goals;
    private final EntityManager em;

    GoalSeeder(GoalRepository goals, EntityManager em) {
        this.goals = goals;
        this.em = em;
    }

    /** What a goal says, beside its terms. */
    public record Description(String title, String description, GoalCategory category, String homeSupport,
                              String schoolSupport) {
    }

    public boolean anyFor(UUID studentId) {
        return goals.count("studentId", studentId) > 0;
    }

    public Goal propose(UUID studentId, UUID by, Side side, Description what, GoalTerms terms, boolean confidential,
                        List<UUID> assignedStaff, List<String> milestones) {
        Goal goal = new Goal(studentId, by, side, terms);
        goal.describe(what.title(), what.description(), what.category(), what.homeSupport(), what.schoolSupport(),
                confidential);
        goals.persist(goal);
        for (int i = 0; i < milestones.size(); i++) {
            goals.addMilestone(new GoalMilestone(goal.id(), i + 1, milestones.get(i)));
        }
        goals.flush();
        goals.assignStaff(goal.id(), assignedStaff);
        goals.record(new GoalTransition(goal.id(), null, GoalStatus.PROPOSED, by, side, null));
        return goal;
    }

    public void agree(Goal goal, UUID by, Side side) {
        goals.record(new GoalTransition(goal.id(), goal.status(), GoalStatus.ACTIVE, by, side, null));
        goal.agree();
    }

    public void achieve(Goal goal, UUID by, Side side) {
        goals.record(new GoalTransition(goal.id(), goal.status(), GoalStatus.ACHIEVED, by, side, null));
        goal.achieve();
    }

    public void discontinue(Goal goal, UUID by, Side side, String reason) {
        goals.record(new GoalTransition(goal.id(), goal.status(), GoalStatus.DISCONTINUED, by, side, reason));
        goal.discontinue(reason);
    }

    public void withdraw(Goal goal, UUID by, Side side) {
        goals.record(new GoalTransition(goal.id(), goal.status(), GoalStatus.WITHDRAWN, by, side, null));
        goal.withdraw();
    }

    /** A check-in; {@code tick} names a milestone position to tick off with it, or 0. */
    public CheckIn checkIn(Goal goal, UUID by, Side side, LocalDate date, Double value, String note, int tick) {
        CheckIn checkIn = new CheckIn(goal.id(), by, side, date, value, note);
        em.persist(checkIn);
        em.flush();
        if (tick > 0) {
            goals.milestones(goal.id()).stream().filter(m -> m.position() == tick).forEach(m -> m.tick(checkIn.id()));
        }
        return checkIn;
    }

    public void comment(CheckIn checkIn, UUID by, String body) {
        em.persist(new CheckInComment(checkIn.id(), by, body));
    }
}
