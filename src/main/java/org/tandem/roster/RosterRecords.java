package org.tandem.roster;

import java.time.LocalDate;
import java.util.List;

/** The rows of a OneRoster package that Tandem imports, validated and typed. */
final class RosterRecords {

    private RosterRecords() {
    }

    /** What a row says about its record: present (active) or to be deactivated. */
    enum Status { ACTIVE, TOBEDELETED }

    record Org(String sourcedId, Status status, String name, String type, long line) {
        boolean isSchool() {
            return "school".equals(type);
        }
    }

    record Session(String sourcedId, Status status, String title, String type, LocalDate startDate,
                   LocalDate endDate, long line) {
    }

    record Course(String sourcedId, Status status, String title, List<String> grades, List<String> subjects,
                  long line) {
    }

    record SchoolClass(String sourcedId, Status status, String title, List<String> grades, String courseSourcedId,
                       String schoolSourcedId, List<String> termSourcedIds, List<String> subjects, long line) {
    }

    /** A user with the roles it holds (from users.csv in 1.1, from roles.csv in 1.2), primary first. */
    record User(String sourcedId, Status status, String givenName, String familyName, String email, String phone,
                List<String> agentSourcedIds, List<String> grades, List<Role> roles, long line) {
    }

    record Role(String role, String orgSourcedId, boolean primary, String file, long line) {
    }

    record Enrollment(String sourcedId, Status status, String classSourcedId, String userSourcedId, String role,
                      boolean primary, long line) {
    }
}
