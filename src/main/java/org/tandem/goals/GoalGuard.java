package org.tandem.goals;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.tandem.platform.problem.ApiException;

/** Finds a goal the caller may see, for reading (plain SQL) or for changing (row locked); a 404 otherwise. */
@ApplicationScoped
public class GoalGuard {

    /** A goal read for the caller, and the caller's reach over its student. */
    public record Seen(GoalRow row, GoalAccess.Reach reach) {
        public Side side() {
            return reach.sideFor(row.studentId());
        }
    }

    /** A goal locked for a change, and the caller's side for it. */
    public record Held(Goal goal, GoalAccess.Reach reach, Side side) {
    }

    private final GoalAccess access;
    private final GoalReads reads;
    private final GoalRepository goals;

    GoalGuard(GoalAccess access, GoalReads reads, GoalRepository goals) {
        this.access = access;
        this.reads = reads;
        this.goals = goals;
    }

    /** The goal for reading, with the read written to the audit log as {@code action}. */
    public Seen read(UUID goalId, String action) {
        GoalRow row = goalId == null ? null : reads.one(goalId, access.me()).orElse(null);
        if (row == null) {
            throw notFound(goalId);
        }
        GoalAccess.Reach reach = access.guardianOnly() ? GoalAccess.Reach.ofLink(row.studentId(), row.callerLink())
                : access.over(java.util.List.of(row.studentId()));
        if (!reach.sees(row.studentId(), row.confidential(), row.assignedStaff())) {
            throw notFound(goalId);
        }
        access.recordRead(row.studentId(), reach, action);
        return new Seen(seenFrom(row, reach), reach);
    }

    /** The goal locked until commit (see {@link GoalRepository#lock}), if the caller may see it. */
    public Held hold(UUID goalId) {
        Goal goal = goals.lock(goalId).orElseThrow(() -> notFound(goalId));
        GoalAccess.Reach reach = access.over(java.util.List.of(goal.studentId()));
        if (!reach.sees(goal.studentId(), goal.confidential(), goals.assignedStaff(goalId))) {
            throw notFound(goalId);
        }
        return new Held(goal, reach, reach.sideFor(goal.studentId()));
    }

    /** The view of a goal just changed in this transaction (flushed first, as plain SQL cannot see pending changes). */
    public GoalRow reread(Held held) {
        goals.flush();
        return seenFrom(reads.one(held.goal().id(), access.me()).orElseThrow(() -> notFound(held.goal().id())),
                held.reach());
    }

    private static GoalRow seenFrom(GoalRow row, GoalAccess.Reach reach) {
        return new GoalRow(row.view().seenFrom(reach.sideFor(row.studentId())), row.assignedStaff(), row.attention(),
                row.callerLink());
    }

    private static ApiException notFound(UUID goalId) {
        return ApiException.notFound("Goal " + goalId);
    }
}
