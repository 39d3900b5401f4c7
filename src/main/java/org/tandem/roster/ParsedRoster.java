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

    /**
     * Replaces, in a directory record's owned columns ({@link DirectoryTable#owned}, sourcedId first),
     * each text equal to what this package says of the same record with the package's own copy, so
     * that the directory snapshot and the package share it. Values that differ are left as they are.
     */
    void shareTexts(DirectoryTable table, String[] values) {
        String sourcedId = values[0];
        if (sourcedId == null) {
            return;
        }
        switch (table) {
            case SCHOOL -> {
                Org org = orgs.get(sourcedId);
                if (org != null) {
                    values[0] = org.sourcedId();
                    share(values, table.index("name"), org.name());
                }
            }
            case TERM -> {
                Session session = sessions.get(sourcedId);
                if (session != null) {
                    values[0] = session.sourcedId();
                    share(values, table.index("name"), session.title());
                }
            }
            case CLASS -> {
                SchoolClass schoolClass = classes.get(sourcedId);
                if (schoolClass != null) {
                    values[0] = schoolClass.sourcedId();
                    share(values, table.index("name"), schoolClass.title());
                }
            }
            case STAFF, STUDENT, GUARDIAN -> {
                User user = users.get(sourcedId);
                if (user != null) {
                    values[0] = user.sourcedId();
                    share(values, table.index("given_name"), user.givenName());
                    share(values, table.index("family_name"), user.familyName());
                    if (table != DirectoryTable.STUDENT) {
                        share(values, table.index("email"), user.email());
                    }
                    if (table == DirectoryTable.GUARDIAN) {
                        share(values, table.index("phone"), user.phone());
                    }
                }
            }
            case ENROLLMENT, TEACHING -> {
                Enrollment enrollment = enrollments.get(sourcedId);
                if (enrollment != null) {
                    values[0] = enrollment.sourcedId();
                }
            }
            case GUARDIANSHIP -> {
                // A link's sourcedId is made from its two people's; the package has no record of its own.
            }
        }
    }

    private static void share(String[] values, int index, String mine) {
        if (mine != null && mine.equals(values[index])) {
            values[index] = mine;
        }
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
