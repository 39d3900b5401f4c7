package org.tandem.roster;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.tandem.roster.RosterRecords.Course;
import org.tandem.roster.RosterRecords.Enrollment;
import org.tandem.roster.RosterRecords.Org;
import org.tandem.roster.RosterRecords.Role;
import org.tandem.roster.RosterRecords.SchoolClass;
import org.tandem.roster.RosterRecords.Session;
import org.tandem.roster.RosterRecords.Status;
import org.tandem.roster.RosterRecords.User;

/**
 * Reads every file of a package into typed records, checking each row (required values, enums,
 * dates, names, duplicates). Every error is collected; references between records are checked
 * later, against the package and the district's directory together ({@link ImportPlanner}).
 */
final class PackageParser {

    /** Rows read so far in a file, for the job's progress. */
    interface Progress {
        void rowsDone(OneRosterFiles file, long rows);
    }

    static final Set<String> ORG_TYPES = Set.of("department", "school", "district", "local", "state", "national");
    static final Set<String> SESSION_TYPES = Set.of("gradingPeriod", "semester", "schoolYear", "term");
    static final Set<String> CLASS_TYPES = Set.of("homeroom", "scheduled");
    static final Set<String> ROLES_11 = Set.of("administrator", "aide", "guardian", "parent", "proctor", "relative",
            "student", "teacher");
    static final Set<String> ROLES_12 = Set.of("aide", "counselor", "districtAdministrator", "guardian", "parent",
            "principal", "proctor", "relative", "siteAdministrator", "student", "systemAdministrator", "teacher");
    static final Set<String> ENROLLMENT_ROLES = Set.of("administrator", "proctor", "student", "teacher", "aide",
            "guardian", "parent", "relative");
    private static final int PROGRESS_EVERY = 5_000;

    private final Map<String, String> canonical = new HashMap<>();
    private final RosterPackage pack;
    private final ImportErrors errors;
    private final Progress progress;

    PackageParser(RosterPackage pack, ImportErrors errors, Progress progress) {
        this.pack = pack;
        this.errors = errors;
        this.progress = progress;
    }

    /** One copy of values many rows repeat (org, class and role ids), to keep a large package small in memory. */
    private String shared(String value) {
        return value == null ? null : canonical.computeIfAbsent(value, v -> v);
    }

    ParsedRoster parse() {
        ParsedRoster roster = new ParsedRoster(pack.version());
        pack.files().forEach((file, mode) -> {
            roster.present.add(file);
            if (mode == RosterPackage.Mode.BULK) {
                roster.bulk.add(file);
            }
        });
        read(OneRosterFiles.ORGS, rules -> org(rules, roster));
        read(OneRosterFiles.ACADEMIC_SESSIONS, rules -> session(rules, roster));
        read(OneRosterFiles.COURSES, rules -> course(rules, roster));
        read(OneRosterFiles.CLASSES, rules -> schoolClass(rules, roster));
        Map<String, List<Role>> roles = new HashMap<>();
        if ("1.2".equals(pack.version())) {
            if (pack.has(OneRosterFiles.USERS) && !pack.has(OneRosterFiles.ROLES)) {
                errors.add(RowError.ofFile("roles.csv", "OneRoster 1.2 users need roles.csv for their roles and schools"));
            }
            read(OneRosterFiles.ROLES, rules -> role(rules, roles));
        }
        read(OneRosterFiles.USERS, rules -> user(rules, roster, roles));
        roles.clear();
        sameAgentIds(roster);
        read(OneRosterFiles.ENROLLMENTS, rules -> enrollment(rules, roster));
        return roster;
    }

    /** Rows of one file, each through its checks and then into the roster. */
    private void read(OneRosterFiles file, Consumer<Rules> rowHandler) {
        if (!pack.has(file)) {
            return;
        }
        boolean delta = !pack.isBulk(file);
        long[] done = {0};
        try (InputStream in = pack.open(file)) {
            long rows = CsvTable.read(file.fileName(), in, file.columns(pack.version()), file.required(pack.version()),
                    errors, row -> {
                        Rules rules = new Rules(row, new RowRules(row, errors, delta), file);
                        if (rules.check.required(file.required(pack.version()))) {
                            rowHandler.accept(rules);
                        }
                        if (++done[0] % PROGRESS_EVERY == 0) {
                            progress.rowsDone(file, done[0]);
                        }
                    });
            progress.rowsDone(file, rows);
        } catch (IOException e) {
            errors.add(RowError.ofFile(file.fileName(), "The file could not be read from the package"));
        }
    }

    private record Rules(CsvTable.Row row, RowRules check, OneRosterFiles file) {
        String sourcedId(Map<String, ?> seen) {
            String id = check.sourcedId("sourcedId");
            if (seen.containsKey(id)) {
                check.fail("sourcedId", "sourcedId " + RowRules.clip(id) + " appears twice in " + file.fileName());
                return null;
            }
            return id;
        }
    }

    private void org(Rules r, ParsedRoster roster) {
        String id = r.sourcedId(roster.orgs);
        Status status = r.check.status();
        String name = r.check.text("name");
        String type = r.check.oneOf("type", ORG_TYPES, false);
        if (id != null) {
            roster.orgs.put(id, new Org(id, status, name, type, r.row.line()));
        }
    }

    private void session(Rules r, ParsedRoster roster) {
        String id = r.sourcedId(roster.sessions);
        Status status = r.check.status();
        String title = r.check.text("title");
        String type = r.check.oneOf("type", SESSION_TYPES, true);
        var start = r.check.date("startDate");
        var end = r.check.date("endDate");
        if (start != null && end != null && end.isBefore(start)) {
            r.check.fail("endDate", "endDate is before startDate");
        }
        if (id != null) {
            roster.sessions.put(id, new Session(id, status, title, type, start, end, r.row.line()));
        }
    }

    private void course(Rules r, ParsedRoster roster) {
        String id = r.sourcedId(roster.courses);
        Status status = r.check.status();
        String title = r.check.text("title");
        if (id != null) {
            roster.courses.put(id, new Course(id, status, title, r.row.list("grades"), r.row.list("subjects"),
                    r.row.line()));
        }
    }

    private void schoolClass(Rules r, ParsedRoster roster) {
        String id = r.sourcedId(roster.classes);
        Status status = r.check.status();
        String title = r.check.text("title");
        r.check.oneOf("classType", CLASS_TYPES, true);
        List<String> terms = r.row.list("termSourcedIds");
        if (terms.isEmpty()) {
            r.check.fail("termSourcedIds", "termSourcedIds is required");
        }
        if (id != null) {
            roster.classes.put(id, new SchoolClass(id, status, title, r.row.list("grades"),
                    r.check.sourcedId("courseSourcedId"), r.check.sourcedId("schoolSourcedId"), terms,
                    r.row.list("subjects"), r.row.line()));
        }
    }

    private void role(Rules r, Map<String, List<Role>> roles) {
        r.check.status();
        String roleType = r.check.oneOf("roleType", Set.of("primary", "secondary"), false);
        String role = r.check.oneOf("role", ROLES_12, true);
        r.check.date("beginDate");
        r.check.date("endDate");
        if (!r.row.get("status").equals("tobedeleted") && !r.row.get("status").equals("inactive")) {
            Role entry = new Role(shared(role), shared(r.check.sourcedId("orgSourcedId")), "primary".equals(roleType), "roles.csv", r.row.line());
            List<Role> list = roles.computeIfAbsent(r.check.sourcedId("userSourcedId"), k -> new ArrayList<>(1));
            if (entry.primary()) {
                list.add(0, entry);
            } else {
                list.add(entry);
            }
        }
    }

    private void user(Rules r, ParsedRoster roster, Map<String, List<Role>> roles) {
        String id = r.sourcedId(roster.users);
        Status status = r.check.status();
        r.check.bool("enabledUser", true);
        // Names repeat across a district (and grades always do): one copy of each value.
        String given = shared(r.check.text("givenName"));
        String family = shared(r.check.text("familyName"));
        String email = r.check.email("email");
        String phone = r.check.phone("phone");
        String sms = r.check.phone("sms");
        if (phone.isEmpty()) {
            phone = sms;
        }
        List<Role> userRoles;
        if ("1.1".equals(pack.version())) {
            String role = r.check.oneOf("role", ROLES_11, false);
            List<String> orgs = r.row.list("orgSourcedIds");
            if (orgs.isEmpty()) {
                r.check.fail("orgSourcedIds", "orgSourcedIds is required");
            }
            userRoles = new ArrayList<>();
            for (int i = 0; i < orgs.size(); i++) {
                userRoles.add(new Role(shared(role), shared(orgs.get(i)), i == 0, "users.csv", r.row.line()));
            }
        } else {
            userRoles = roles.getOrDefault(id, List.of());
            if (id != null && userRoles.isEmpty() && status == Status.ACTIVE && pack.has(OneRosterFiles.ROLES)) {
                r.check.fail("sourcedId", "The user " + RowRules.clip(id) + " has no role in roles.csv");
            }
        }
        if (id != null) {
            roster.users.put(id, new User(id, status, given, family, email, phone, r.row.list("agentSourcedIds"),
                    r.row.list("grades").stream().map(this::shared).toList(), List.copyOf(userRoles), r.row.line()));
        }
    }

    /** The package user's own sourcedId text for a reference to it: one copy however many rows name the user. */
    private static String userId(ParsedRoster roster, String sourcedId) {
        User user = sourcedId == null ? null : roster.users.get(sourcedId);
        return user == null ? sourcedId : user.sourcedId();
    }

    /** Agent references share their user's sourcedId text (a family of four names each other a dozen times). */
    private static void sameAgentIds(ParsedRoster roster) {
        roster.users.replaceAll((id, user) -> {
            if (user.agentSourcedIds().isEmpty()) {
                return user;
            }
            List<String> agents = user.agentSourcedIds().stream().map(a -> userId(roster, a)).toList();
            return new User(user.sourcedId(), user.status(), user.givenName(), user.familyName(), user.email(),
                    user.phone(), agents, user.grades(), user.roles(), user.line());
        });
    }

    private void enrollment(Rules r, ParsedRoster roster) {
        String id = r.sourcedId(roster.enrollments);
        Status status = r.check.status();
        String role = r.check.oneOf("role", ENROLLMENT_ROLES, true);
        boolean primary = r.check.bool("primary", false);
        r.check.date("beginDate");
        r.check.date("endDate");
        if (id != null) {
            roster.enrollments.put(id, new Enrollment(id, status, shared(r.check.sourcedId("classSourcedId")),
                    userId(roster, r.check.sourcedId("userSourcedId")), shared(role), primary, r.row.line()));
        }
    }
}
