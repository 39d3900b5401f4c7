package org.tandem.goals;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.tandem.goals.dto.GoalView;

/**
 * A goal as read in one statement, with what access decided on it: {@code attention} is the list's
 * first sort key (0: awaiting the caller, 1: open, 2: closed); {@code seen} whether the caller sees it
 * ({@link GoalSight}); {@code family} whether the caller acts for the student as family; {@code zone}
 * the student's school's time zone (single goals) and {@code series} its valued check-ins (the
 * progress view), each null when the statement did not ask for it.
 */
public record GoalRow(GoalView view, List<UUID> assignedStaff, int attention, boolean seen, boolean family, ZoneId zone,
                      Series series) {

    /** Valued check-ins in date order: ids, days since the start date, values. */
    public record Series(List<UUID> checkInIds, int[] days, double[] values) {
    }

    public UUID studentId() {
        return view.studentId();
    }

    public boolean confidential() {
        return view.confidential();
    }

    public Side side() {
        return family ? Side.FAMILY : Side.SCHOOL;
    }
}
