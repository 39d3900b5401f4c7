package org.tandem.celebrations;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.access.ClassPlace;
import org.tandem.access.Connections;
import org.tandem.access.Roles;
import org.tandem.access.StudentCapability;
import org.tandem.goals.GoalAccess;
import org.tandem.platform.problem.ApiException;

/**
 * Who may see and act on celebrations, built on {@code access/} and on goals' reach (a student's
 * celebrations have the audience of the student's goals, {@link StudentCapability#SEE_GOALS_AND_CELEBRATIONS}):
 *
 * <ul>
 *   <li>a student's celebration: guardians whose current link allows goals and celebrations, the
 *       student's teachers this term and administrators; one of a confidential goal only for those who
 *       see that goal (educational rights, assigned staff, administrators);</li>
 *   <li>a class's celebration: the class's staff, administrators of its school, and guardians whose
 *       current link (with the permission) is to a student actively enrolled in it, unless they are
 *       under a no-contact order for any student of the class ({@link Connections#celebratesWithClass});</li>
 *   <li>recognising: a student's teachers this term and administrators; a class's staff and administrators;</li>
 *   <li>editing and withdrawing: the author, and administrators of the school.</li>
 * </ul>
 * Out of reach is a 404; families who try what only staff do get a 403.
 */
@RequestScoped
public class CelebrationAccess {

    /** How the caller stands towards a celebration's class. */
    public enum ClassRole { STAFF, FAMILY, NONE }

    private final AccessPolicy policy;
    private final Connections connections;
    private final Caller caller;
    private final GoalAccess goals;

    CelebrationAccess(AccessPolicy policy, Connections connections, Caller caller, GoalAccess goals) {
        this.policy = policy;
        this.connections = connections;
        this.caller = caller;
        this.goals = goals;
    }

    /** The caller's reach over the student's goals and celebrations. */
    public GoalAccess.Reach overStudent(UUID studentId) {
        return goals.over(studentId == null ? List.of() : List.of(studentId));
    }

    /** The reach, or a 404 when the caller may not see the student's celebrations. */
    public GoalAccess.Reach requireStudent(UUID studentId) {
        return goals.requireStudent(studentId);
    }

    /** Whether the reach sees a celebration of the student ({@code goalStaff}: the staff of its confidential goal). */
    public static boolean sees(GoalAccess.Reach reach, UUID studentId, boolean confidential, List<UUID> goalStaff) {
        return reach.sees(studentId, confidential, goalStaff);
    }

    /** Recognising a student: their teachers this term and administrators (404 out of scope, 403 for a family). */
    public void requireRecognizer(UUID studentId) {
        GoalAccess.Reach reach = requireStudent(studentId);
        if (!teachesOrAdministers(studentId)) {
            throw reach.family().contains(studentId) ? ApiException.forbidden("Staff recognise students; families "
                    + "react, reply and appreciate") : ApiException.notFound("Student " + studentId);
        }
    }

    private boolean teachesOrAdministers(UUID studentId) {
        return !connections.taughtAmong(caller.staffIds(), List.of(studentId)).isEmpty()
                || (administrator() && policy.may(studentId, StudentCapability.ADMINISTER));
    }

    /** How the caller stands towards the class (NONE when the class does not exist). */
    public ClassRole classRole(UUID classId) {
        UUID school = classId == null ? null : connections.schoolOfClass(classId).orElse(null);
        if (school == null) {
            return ClassRole.NONE;
        }
        if (administers(school) || connections.onStaffOfClass(caller.staffIds(), classId)) {
            return ClassRole.STAFF;
        }
        if (caller.guardianId().isPresent() && connections.celebratesWithClass(caller.guardianId().get(), classId)) {
            return ClassRole.FAMILY;
        }
        return ClassRole.NONE;
    }

    /** Recognising a class: its staff and administrators of its school (404 out of scope, 403 for a family). */
    public ClassPlace requireClassStaff(UUID classId) {
        return switch (classRole(classId)) {
            case STAFF -> new ClassPlace(classId, connections.schoolOfClass(classId).orElseThrow());
            case FAMILY -> throw ApiException.forbidden("Staff recognise a class; families react and reply");
            case NONE -> throw ApiException.notFound("Class " + classId);
        };
    }

    /** Whether the caller administers the school (a school admin of it, or a district admin). */
    public boolean administers(UUID schoolId) {
        return caller.isDistrictAdmin() || caller.adminSchoolIds().contains(schoolId);
    }

    public boolean administrator() {
        return caller.isDistrictAdmin() || caller.has(Roles.SCHOOL_ADMIN);
    }

    /** Whether the caller holds the guardian role and no other (a guardian-only read decides from the link). */
    public boolean guardianOnly() {
        return goals.guardianOnly();
    }

    public void recordRead(UUID studentId, GoalAccess.Reach reach, String action) {
        goals.recordRead(studentId, reach, action);
    }

    public UUID me() {
        return caller.accountId();
    }
}
