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

    ParsedRoster(String version) {
        this.version = version;
    }
}
