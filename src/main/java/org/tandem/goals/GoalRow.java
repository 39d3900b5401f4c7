package org.tandem.goals;

import java.util.List;
import org.tandem.access.GuardianLink;
import java.util.UUID;
import org.tandem.goals.dto.GoalView;

/**
 * A goal as read in one statement, with what access needs to decide on it; {@code attention} is
 * the list's first sort key (0: awaiting the caller, 1: open, 2: closed); {@code callerLink} the
 * caller's current guardian link to the student, when the statement asked for it and there is one.
 */
public record GoalRow(GoalView view, List<UUID> assignedStaff, int attention, GuardianLink callerLink) {

    public UUID studentId() {
        return view.studentId();
    }

    public boolean confidential() {
        return view.confidential();
    }
}
