package org.tandem.roster;

import static org.tandem.roster.DirectoryTable.GUARDIAN;
import static org.tandem.roster.DirectoryTable.GUARDIANSHIP;
import static org.tandem.roster.DirectoryTable.STAFF;
import static org.tandem.roster.DirectoryTable.STUDENT;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.roster.RosterRecords.Role;
import org.tandem.roster.RosterRecords.Status;
import org.tandem.roster.RosterRecords.User;

/**
 * Plans users into staff, students and guardians, one account per email across roles (a teacher
 * who is also a parent signs in once), and the guardianships that {@code agentSourcedIds} describe.
 * A link's flags that OneRoster cannot carry (no-contact, permissions) are not the import's: new
 * links get the defaults, existing ones keep theirs.
 */
final class PeoplePlanner {

    static final Map<String, String> STAFF_KINDS = Map.of("teacher", "teacher", "aide", "aide", "counselor", "counselor",
            "administrator", "school_admin", "principal", "school_admin", "siteAdministrator", "school_admin");
    static final Set<String> FAMILY_ROLES = Set.of("parent", "guardian", "relative");

    private final ParsedRoster roster;
    private final DirectorySnapshot snapshot;
    private final ImportErrors errors;
    private final ImportPlan plan;
    private final ImportPlanner places;
    private final boolean deactivateMissing;
    private final Map<String, UUID> students = new HashMap<>();
    private final Map<String, UUID> staff = new HashMap<>();
    private final Map<String, UUID> guardians = new HashMap<>();
    private final Map<String, String> familyRole = new HashMap<>();
    private final Set<UUID> guardianAccounts = new HashSet<>();
    private final Set<String> staffAccounts = new HashSet<>();
    private final Map<UUID, DirectoryRow> guardianByAccount = new HashMap<>();
    private final Map<String, DirectoryRow> staffBySchoolAccount = new HashMap<>();

    PeoplePlanner(ParsedRoster roster, DirectorySnapshot snapshot, ImportErrors errors, ImportPlan plan,
                  ImportPlanner places, boolean deactivateMissing) {
        this.roster = roster;
        this.snapshot = snapshot;
        this.errors = errors;
        this.plan = plan;
        this.places = places;
        this.deactivateMissing = deactivateMissing;
        for (DirectoryRow row : snapshot.rows(GUARDIAN)) {
            if (row.get(1) != null) {
                guardianAccounts.add(UUID.fromString(row.get(1)));
                if (row.get(0) == null) {
                    guardianByAccount.put(UUID.fromString(row.get(1)), row);
                }
            }
        }
        for (DirectoryRow row : snapshot.rows(STAFF)) {
            if (row.get(2) != null) {
                staffAccounts.add(row.get(1) + "|" + row.get(2));
                if (row.get(0) == null) {
                    staffBySchoolAccount.put(row.get(1) + "|" + row.get(2), row);
                }
            }
        }
    }

    void plan() {
        for (User user : roster.users.values()) {
            if (user.status() == Status.TOBEDELETED) {
                deactivate(STUDENT, user.sourcedId());
                deactivate(STAFF, user.sourcedId());
                deactivate(GUARDIAN, user.sourcedId());
                continue;
            }
            person(user);
        }
        if (places.missingAreDeactivated(OneRosterFiles.USERS)) {
            for (DirectoryTable table : new DirectoryTable[] {STUDENT, STAFF, GUARDIAN}) {
                TablePlan tablePlan = plan.table(table);
                for (DirectoryRow row : snapshot.rows(table)) {
                    if (row.get(0) != null && row.active() && !tablePlan.touched(row.id())) {
                        if (table == STUDENT) {
                            plan.studentsAffected.add(row.id());
                        }
                        tablePlan.deactivate(row);
                    }
                }
            }
        }
        if (roster.present.contains(OneRosterFiles.USERS)) {
            guardianships();
        }
    }

    /** The student a user sourcedId names (in the package or the district), or null. */
    UUID student(String sourcedId) {
        UUID id = students.get(sourcedId);
        if (id == null && !roster.isUser(sourcedId)) {
            DirectoryRow row = snapshot.bySourcedId(STUDENT, sourcedId);
            id = row == null ? null : row.id();
        }
        return id;
    }

    UUID staff(String sourcedId) {
        UUID id = staff.get(sourcedId);
        if (id == null && !roster.isUser(sourcedId)) {
            DirectoryRow row = snapshot.bySourcedId(STAFF, sourcedId);
            id = row == null ? null : row.id();
        }
        return id;
    }

    private UUID guardian(String sourcedId) {
        UUID id = guardians.get(sourcedId);
        if (id == null && !roster.isUser(sourcedId)) {
            DirectoryRow row = snapshot.bySourcedId(GUARDIAN, sourcedId);
            id = row == null ? null : row.id();
        }
        return id;
    }

    boolean isKnownUser(String sourcedId) {
        return roster.isUser(sourcedId) || snapshot.bySourcedId(STUDENT, sourcedId) != null
                || snapshot.bySourcedId(STAFF, sourcedId) != null || snapshot.bySourcedId(GUARDIAN, sourcedId) != null;
    }

    private void deactivate(DirectoryTable table, String sourcedId) {
        DirectoryRow row = snapshot.bySourcedId(table, sourcedId);
        if (table == STUDENT && row != null && row.active()) {
            plan.studentsAffected.add(row.id());
        }
        plan.table(table).deactivate(row);
    }

    private void person(User user) {
        Role studentRole = null;
        Role staffRole = null;
        Role family = null;
        for (Role role : user.roles()) {
            if (role.role().equals("student") && studentRole == null) {
                studentRole = role;
            } else if (STAFF_KINDS.containsKey(role.role()) && staffRole == null && places.school(role.orgSourcedId()) != null) {
                staffRole = role;
            } else if (FAMILY_ROLES.contains(role.role()) && family == null) {
                family = role;
            }
        }
        // Students and staff belong to a school; a family member's org (often the district) is not kept.
        for (Role role : user.roles()) {
            boolean needsSchool = role.role().equals("student") || STAFF_KINDS.containsKey(role.role());
            if (needsSchool && places.school(role.orgSourcedId()) == null && !places.isOtherOrg(role.orgSourcedId())) {
                places.dangling(role.file(), role.line(), "1.1".equals(roster.version) ? "orgSourcedIds" : "orgSourcedId",
                        role.orgSourcedId(), null);
                return;
            }
        }
        if (studentRole != null) {
            studentRecord(user, studentRole);
        }
        if (staffRole != null) {
            staffRecord(user, staffRole);
        }
        if (family != null) {
            guardianRecord(user, family);
        }
        if (studentRole == null && staffRole == null && family == null && !user.roles().isEmpty()) {
            plan.notes.add("users.csv line " + user.line() + ": " + user.sourcedId() + " (" + user.roles().get(0).role()
                    + ") is not imported: Tandem imports students, school staff and families");
        }
    }

    private void studentRecord(User user, Role role) {
        UUID school = places.school(role.orgSourcedId());
        if (school == null) {
            errors.add(role.file(), role.line(), "1.1".equals(roster.version) ? "orgSourcedIds" : "orgSourcedId",
                    "A student's org must be a school: " + RowRules.clip(role.orgSourcedId()) + " is not one");
            return;
        }
        DirectoryRow existing = snapshot.bySourcedId(STUDENT, user.sourcedId());
        TablePlan table = plan.table(STUDENT);
        int before = table.creations.size() + table.updates.size();
        UUID id = table.want(existing, new String[] {user.sourcedId(), plan.text(school), user.givenName(),
                user.familyName(), ImportPlanner.blankToNull(user.grades().isEmpty() ? null : user.grades().get(0)), "true"}, null);
        if (table.creations.size() + table.updates.size() != before) {
            plan.studentsAffected.add(id);
        }
        students.put(user.sourcedId(), id);
    }

    private void staffRecord(User user, Role role) {
        UUID school = places.school(role.orgSourcedId());
        DirectoryRow existing = snapshot.bySourcedId(STAFF, user.sourcedId());
        UUID account = account(user, existing == null ? null : existing.get(2));
        if (existing == null && account != null) {
            existing = staffBySchoolAccount.remove(school + "|" + account);
        }
        if (account != null && existing == null && !staffAccounts.add(school + "|" + account)) {
            errors.warn("users.csv", user.line(), "email", "Another staff record of this school has the account of "
                    + user.email() + "; this one is imported without an account");
            account = null;
        }
        staff.put(user.sourcedId(), plan.table(STAFF).want(existing, new String[] {user.sourcedId(), plan.text(school),
                account == null ? null : account.toString(), user.givenName(), user.familyName(), user.email(),
                STAFF_KINDS.get(role.role()), "true"}, null));
    }

    private void guardianRecord(User user, Role role) {
        DirectoryRow existing = snapshot.bySourcedId(GUARDIAN, user.sourcedId());
        UUID account = account(user, existing == null ? null : existing.get(1));
        if (existing == null && account != null) {
            existing = guardianByAccount.remove(account);
        }
        boolean ownsAccount = existing != null && existing.get(1) != null;
        if (account != null && !ownsAccount && !guardianAccounts.add(account)) {
            errors.warn("users.csv", user.line(), "email", "Another guardian already has the account of "
                    + user.email() + " (a shared family email?); this guardian is imported without an account");
            account = null;
        }
        familyRole.put(user.sourcedId(), role.role());
        guardians.put(user.sourcedId(), plan.table(GUARDIAN).want(existing, new String[] {user.sourcedId(),
                account == null ? null : account.toString(), user.givenName(), user.familyName(),
                ImportPlanner.blankToNull(user.email()), ImportPlanner.blankToNull(user.phone()), "true"}, null));
    }

    /**
     * The person's account: the one the record already has, else the district's account with this
     * email, else a new one (one per email in the package). No email, no account.
     */
    private UUID account(User user, String current) {
        if (current != null) {
            return UUID.fromString(current);
        }
        if (user.email().isEmpty()) {
            return null;
        }
        UUID existing = snapshot.account(user.email());
        if (existing != null) {
            return existing;
        }
        String key = user.email().toLowerCase(Locale.ROOT);
        return plan.newAccounts.computeIfAbsent(key, k -> new ImportPlan.NewAccount(UUID.randomUUID(), user.email(),
                user.givenName(), user.familyName())).id();
    }

    /** Links from agentSourcedIds, read from both sides (a student's agents and a parent's students). */
    private void guardianships() {
        Map<ImportPlan.Pair, String[]> wanted = new LinkedHashMap<>();
        for (User user : roster.users.values()) {
            if (user.status() == Status.TOBEDELETED || user.agentSourcedIds().isEmpty()) {
                continue;
            }
            boolean isStudent = students.containsKey(user.sourcedId());
            boolean isGuardian = guardians.containsKey(user.sourcedId());
            for (String agent : user.agentSourcedIds()) {
                if (isStudent) {
                    UUID g = guardian(agent);
                    if (g == null) {
                        agentProblem(user, agent, "a parent, guardian or relative");
                    } else {
                        wanted.putIfAbsent(new ImportPlan.Pair(students.get(user.sourcedId()), g), new String[] {user.sourcedId(), agent});
                    }
                } else if (isGuardian) {
                    UUID s = student(agent);
                    if (s == null) {
                        agentProblem(user, agent, "a student");
                    } else {
                        wanted.putIfAbsent(new ImportPlan.Pair(s, guardians.get(user.sourcedId())), new String[] {agent, user.sourcedId()});
                    }
                }
            }
        }
        TablePlan table = plan.table(GUARDIANSHIP);
        Map<ImportPlan.Pair, DirectoryRow> pairs = places.pairs(GUARDIANSHIP);
        wanted.forEach((pair, sourcedIds) -> {
            DirectoryRow existing = pairs.get(pair);
            // An existing link already holds these two ids as text: reuse it rather than make more.
            String[] ids = existing != null ? new String[] {existing.get(1), existing.get(2)}
                    : new String[] {plan.text(pair.first()), plan.text(pair.second())};
            String sourcedId = existing != null && existing.get(0) != null ? existing.get(0) : sourcedIds[0] + "|" + sourcedIds[1];
            String role = familyRole.getOrDefault(sourcedIds[1], "guardian");
            int before = table.creations.size() + table.updates.size();
            table.want(existing, new String[] {sourcedId, ids[0], ids[1], "true"},
                    new String[] {role.equals("relative") ? "other" : "guardian", String.valueOf(!role.equals("relative"))});
            if (table.creations.size() + table.updates.size() != before) {
                plan.studentsAffected.add(pair.first());
            }
        });
        // A link the import made earlier ends when a person the package describes no longer lists it.
        for (DirectoryRow row : snapshot.rows(GUARDIANSHIP)) {
            if (row.get(0) == null || !row.active() || table.touched(row.id())) {
                continue;
            }
            String[] ends = row.get(0).split("\\|", 2);
            boolean described = ends.length == 2 && (described(ends[0]) || described(ends[1]));
            if (described) {
                plan.studentsAffected.add(UUID.fromString(row.get(1)));
                table.deactivate(row);
            }
        }
    }

    private boolean described(String userSourcedId) {
        User user = roster.users.get(userSourcedId);
        return user != null && user.status() == Status.ACTIVE;
    }

    private void agentProblem(User user, String agent, String expected) {
        if (isKnownUser(agent)) {
            errors.add("users.csv", user.line(), "agentSourcedIds", "The agent " + RowRules.clip(agent) + " of "
                    + RowRules.clip(user.sourcedId()) + " is not " + expected);
        } else {
            places.dangling("users.csv", user.line(), "agentSourcedIds", agent, null);
        }
    }
}
