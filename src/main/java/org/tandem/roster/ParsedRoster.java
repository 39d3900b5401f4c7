package org.tandem.roster;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tandem.roster.RosterRecords.Course;
import org.tandem.roster.RosterRecords.Enrollment;
import org.tandem.roster.RosterRecords.Org;
import org.tandem.roster.RosterRecords.SchoolClass;
import org.tandem.roster.RosterRecords.Session;
import org.tandem.roster.RosterRecords.User;

/** Every row of a package that Tandem imports, by sourcedId, in file order. */
final class ParsedRoster {

    final String version;
    final Map<String, Org> orgs = new LinkedHashMap<>();
    final Map<String, Session> sessions = new LinkedHashMap<>();
    final Map<String, Course> courses = new LinkedHashMap<>();
    final Map<String, SchoolClass> classes = new LinkedHashMap<>();
    final Map<String, User> users = new LinkedHashMap<>();
    final Map<String, Enrollment> enrollments = new LinkedHashMap<>();
    /** Which files were sent as bulk (a full snapshot) rather than delta. */
    final java.util.Set<OneRosterFiles> bulk = java.util.EnumSet.noneOf(OneRosterFiles.class);
    final java.util.Set<OneRosterFiles> present = java.util.EnumSet.noneOf(OneRosterFiles.class);

    /** The users' sourcedIds once their details are let go ({@link #forgetUserDetails}). */
    private java.util.Set<String> userIds;

    ParsedRoster(String version) {
        this.version = version;
    }

    /** Whether the package has a user with this sourcedId. */
    boolean isUser(String sourcedId) {
        return userIds != null ? userIds.contains(sourcedId) : users.containsKey(sourcedId);
    }

    /**
     * Keeps only the users' sourcedIds: once people are planned the plan holds what it needs of them,
     * and a large district's user records (roles, agent lists) need not stay beside the plan.
     */
    void forgetUserDetails() {
        userIds = new java.util.HashSet<>(users.keySet());
        users.clear();
    }

    /** Lets go of every record once the import is planned (the job still holds this roster while it writes). */
    void release() {
        orgs.clear();
        sessions.clear();
        courses.clear();
        classes.clear();
        users.clear();
        enrollments.clear();
        userIds = java.util.Set.of();
    }
}
