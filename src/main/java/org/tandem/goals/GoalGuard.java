package org.tandem.goals;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.tandem.platform.problem.ApiException;

/** Finds a goal the caller may see, for reading (plain SQL) or for changing (row locked); a 404 otherwise. */
@ApplicationScoped
public class GoalGuard {

    /** A goal read for the caller, from the caller's side. */
    public record Seen(GoalRow row) {
        public Side side() {
            return row.side();
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

    /**
     * The goal for reading in one statement ({@link GoalReads#one}), which decides whether the caller
     * sees it and writes the read to the audit log as {@code action}; a 404 when they may not see it.
     */
    public Seen read(UUID goalId, String action) {
        return new Seen(readRow(goalId, action, false));
    }

    /** {@link #read}, with the goal's valued check-ins (the progress view), in the same statement. */
    public GoalRow readWithSeries(UUID goalId, String action) {
        return readRow(goalId, action, true);
    }

    private GoalRow readRow(UUID goalId, String action, boolean series) {
        GoalRow row = goalId == null ? null : reads.one(goalId, access.sight(), action, series).orElse(null);
        if (row == null || !row.seen()) {
            throw notFound(goalId);
        }
        return row;
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
        return seenFrom(reads.one(held.goal().id(), access.sight(), null, false)
                .orElseThrow(() -> notFound(held.goal().id())), held.reach());
    }

    private static GoalRow seenFrom(GoalRow row, GoalAccess.Reach reach) {
        Side side = reach.sideFor(row.studentId());
        return new GoalRow(row.view().seenFrom(side), row.assignedStaff(), row.attention(), true, side == Side.FAMILY,
                row.zone(), row.series());
    }

    private static ApiException notFound(UUID goalId) {
        return ApiException.notFound("Goal " + goalId);
    }
}
