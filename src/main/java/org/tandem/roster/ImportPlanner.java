package org.tandem.roster;

import static org.tandem.roster.DirectoryTable.CLASS;
import static org.tandem.roster.DirectoryTable.ENROLLMENT;
import static org.tandem.roster.DirectoryTable.SCHOOL;
import static org.tandem.roster.DirectoryTable.TEACHING;
import static org.tandem.roster.DirectoryTable.TERM;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.roster.RosterRecords.Course;
import org.tandem.roster.RosterRecords.Enrollment;
import org.tandem.roster.RosterRecords.Org;
import org.tandem.roster.RosterRecords.SchoolClass;
import org.tandem.roster.RosterRecords.Session;
import org.tandem.roster.RosterRecords.Status;

/**
 * Turns a parsed package into an {@link ImportPlan} against the district's directory: resolves
 * every reference (to the package or to records the district already has; a dangling one is an
 * error at its file, line and column), matches records by sourcedId, and decides what is created,
 * updated, deactivated or left alone. People and family links are planned by {@link PeoplePlanner}.
 */
final class ImportPlanner {

    private final ParsedRoster roster;
    private final DirectorySnapshot snapshot;
    private final ImportErrors errors;
    private final boolean deactivateMissing;
    private final ImportPlan plan = new ImportPlan();
    final Map<String, UUID> schools = new HashMap<>();
    private final Map<String, UUID> terms = new HashMap<>();
    private final Map<String, UUID> classes = new HashMap<>();

    ImportPlanner(ParsedRoster roster, DirectorySnapshot snapshot, ImportErrors errors, boolean deactivateMissing) {
        this.roster = roster;
        this.snapshot = snapshot;
        this.errors = errors;
        this.deactivateMissing = deactivateMissing;
    }

    ImportPlan plan() {
        schools();
        terms();
        classes();
        PeoplePlanner people = new PeoplePlanner(roster, snapshot, errors, plan, this, deactivateMissing);
        people.plan();
        roster.forgetUserDetails(); // from here on only whether a sourcedId is the package's user matters
        enrollments(people);
        roster.release(); // written next: the plan is all the writing needs
        plan.planned();
        return plan;
    }

    boolean missingAreDeactivated(OneRosterFiles file) {
        return deactivateMissing && roster.bulk.contains(file);
    }

    /** The school an org sourcedId names, in the package or the district; null when neither has it. */
    UUID school(String sourcedId) {
        UUID id = schools.get(sourcedId);
        if (id != null) {
            return id;
        }
        DirectoryRow existing = snapshot.bySourcedId(SCHOOL, sourcedId);
        return existing == null ? null : existing.id();
    }

    /** Whether the package names this org as something other than a school (a district, a department). */
    boolean isOtherOrg(String sourcedId) {
        Org org = roster.orgs.get(sourcedId);
        return org != null && !org.isSchool();
    }

    private void schools() {
        TablePlan table = plan.table(SCHOOL);
        for (Org org : roster.orgs.values()) {
            if (!org.isSchool()) {
                continue;
            }
            DirectoryRow existing = snapshot.bySourcedId(SCHOOL, org.sourcedId());
            if (org.status() == Status.TOBEDELETED) {
                table.deactivate(existing);
                continue;
            }
            schools.put(org.sourcedId(), table.want(existing, new String[] {org.sourcedId(), org.name(), "true"},
                    new String[] {snapshot.districtTimeZone}));
        }
        if (missingAreDeactivated(OneRosterFiles.ORGS)) {
            table.deactivateUntouched(snapshot.rows(SCHOOL), row -> true);
        }
    }

    /**
     * Terms belong to a school in Tandem; OneRoster's sessions do not name one, so a new term goes to
     * the school of the first class held in it. A session no class uses (a school year above the
     * terms) is not imported.
     */
    private void terms() {
        TablePlan table = plan.table(TERM);
        Map<String, String> schoolOfTerm = new HashMap<>();
        for (SchoolClass c : roster.classes.values()) {
            if (c.status() == Status.ACTIVE) {
                c.termSourcedIds().forEach(term -> schoolOfTerm.putIfAbsent(term, c.schoolSourcedId()));
            }
        }
        for (Session session : roster.sessions.values()) {
            DirectoryRow existing = snapshot.bySourcedId(TERM, session.sourcedId());
            if (session.status() == Status.TOBEDELETED) {
                table.deactivate(existing);
                continue;
            }
            UUID school = existing != null ? UUID.fromString(existing.get(1)) : school(schoolOfTerm.get(session.sourcedId()));
            if (school == null) {
                plan.notes.add("academicSessions.csv line " + session.line() + ": " + session.sourcedId()
                        + " is not imported: no class is held in it");
                continue;
            }
            terms.put(session.sourcedId(), table.want(existing, new String[] {session.sourcedId(), plan.text(school),
                    session.title(), String.valueOf(session.startDate()), String.valueOf(session.endDate()), "true"}, null));
        }
        if (missingAreDeactivated(OneRosterFiles.ACADEMIC_SESSIONS)) {
            table.deactivateUntouched(snapshot.rows(TERM), row -> true);
        }
    }

    private void classes() {
        TablePlan table = plan.table(CLASS);
        for (SchoolClass c : roster.classes.values()) {
            DirectoryRow existing = snapshot.bySourcedId(CLASS, c.sourcedId());
            if (c.status() == Status.TOBEDELETED) {
                table.deactivate(existing);
                continue;
            }
            UUID school = school(c.schoolSourcedId());
            if (school == null) {
                dangling("classes.csv", c.line(), "schoolSourcedId", c.schoolSourcedId(),
                        isOtherOrg(c.schoolSourcedId()) ? "an org that is not a school" : null);
            }
            String termId = c.termSourcedIds().isEmpty() ? null : c.termSourcedIds().get(0);
            UUID term = terms.get(termId);
            if (term == null && snapshot.bySourcedId(TERM, termId) != null) {
                term = snapshot.bySourcedId(TERM, termId).id();
            }
            if (term == null && termId != null) {
                dangling("classes.csv", c.line(), "termSourcedIds", termId, null);
            }
            Course course = roster.courses.get(c.courseSourcedId());
            if (course == null && roster.bulk.contains(OneRosterFiles.COURSES)) {
                dangling("classes.csv", c.line(), "courseSourcedId", c.courseSourcedId(), null);
            }
            if (school == null || term == null) {
                continue;
            }
            String subject = first(c.subjects(), course == null ? null : first(course.subjects(), course.title()));
            String grade = first(c.grades(), course == null ? null : first(course.grades(), null));
            classes.put(c.sourcedId(), table.want(existing, new String[] {c.sourcedId(), plan.text(school),
                    plan.text(term), c.title(), blankToNull(subject), blankToNull(grade), "true"}, null));
        }
        if (missingAreDeactivated(OneRosterFiles.CLASSES)) {
            table.deactivateUntouched(snapshot.rows(CLASS), row -> true);
        }
    }

    /** Enrollments of students become enrollments; of teachers and aides, teaching assignments. */
    private void enrollments(PeoplePlanner people) {
        TablePlan enrollments = plan.table(ENROLLMENT);
        TablePlan teaching = plan.table(TEACHING);
        Map<ImportPlan.Pair, DirectoryRow> enrollmentPairs = pairs(ENROLLMENT);
        Map<ImportPlan.Pair, DirectoryRow> teachingPairs = pairs(TEACHING);
        Set<ImportPlan.Pair> seen = new HashSet<>();
        // Each enrollment is let go once planned: a district's enrollments are not held twice (parsed and planned).
        for (var rows = roster.enrollments.values().iterator(); rows.hasNext(); ) {
            Enrollment e = rows.next();
            rows.remove();
            if (e.status() == Status.TOBEDELETED) {
                deactivateEnrollment(snapshot.bySourcedId(ENROLLMENT, e.sourcedId()), enrollments);
                deactivateTeaching(snapshot.bySourcedId(TEACHING, e.sourcedId()), teaching);
                continue;
            }
            UUID schoolClass = classId(e.classSourcedId());
            if (schoolClass == null) {
                dangling("enrollments.csv", e.line(), "classSourcedId", e.classSourcedId(), null);
            }
            boolean learner = e.role().equals("student");
            boolean staffRole = e.role().equals("teacher") || e.role().equals("aide");
            if (!learner && !staffRole) {
                plan.notes.add("enrollments.csv line " + e.line() + ": the role " + e.role() + " is not imported");
                continue;
            }
            UUID person = learner ? people.student(e.userSourcedId()) : people.staff(e.userSourcedId());
            if (person == null) {
                if (people.isKnownUser(e.userSourcedId())) {
                    errors.add("enrollments.csv", e.line(), "userSourcedId", "The user " + RowRules.clip(e.userSourcedId())
                            + " is enrolled as " + e.role() + " but is not a " + (learner ? "student" : "staff member"));
                } else {
                    dangling("enrollments.csv", e.line(), "userSourcedId", e.userSourcedId(), null);
                }
            }
            if (schoolClass == null || person == null) {
                continue;
            }
            ImportPlan.Pair pair = new ImportPlan.Pair(person, schoolClass);
            if (!seen.add(pair)) {
                errors.add("enrollments.csv", e.line(), "userSourcedId", "The user " + RowRules.clip(e.userSourcedId())
                        + " is enrolled in class " + RowRules.clip(e.classSourcedId()) + " twice");
                continue;
            }
            if (learner) {
                DirectoryRow existing = existingOrPair(ENROLLMENT, e.sourcedId(), enrollmentPairs.get(pair));
                int before = enrollments.creations.size() + enrollments.updates.size();
                enrollments.want(existing, new String[] {e.sourcedId(), text(existing, 1, person), text(existing, 2, schoolClass),
                        "true"}, null);
                if (enrollments.creations.size() + enrollments.updates.size() != before) {
                    plan.studentsAffected.add(person);
                    if (existing != null && !existing.get(1).equals(person.toString())) {
                        plan.studentsAffected.add(UUID.fromString(existing.get(1)));
                    }
                }
            } else {
                String role = e.role().equals("aide") ? "aide" : e.primary() ? "primary" : "co_teacher";
                DirectoryRow existing = existingOrPair(TEACHING, e.sourcedId(), teachingPairs.get(pair));
                int before = teaching.creations.size() + teaching.updates.size();
                teaching.want(existing, new String[] {e.sourcedId(), text(existing, 1, person), text(existing, 2, schoolClass),
                        role, "true"}, null);
                if (teaching.creations.size() + teaching.updates.size() != before) {
                    plan.classesWithStaffChanges.add(schoolClass);
                }
            }
        }
        if (missingAreDeactivated(OneRosterFiles.ENROLLMENTS)) {
            for (DirectoryRow row : snapshot.rows(ENROLLMENT)) {
                if (row.get(0) != null && row.active() && !enrollments.touched(row.id())) {
                    deactivateEnrollment(row, enrollments);
                }
            }
            for (DirectoryRow row : snapshot.rows(TEACHING)) {
                if (row.get(0) != null && row.active() && !teaching.touched(row.id())) {
                    deactivateTeaching(row, teaching);
                }
            }
        }
    }

    /** The id as text: the existing row's own value when it names this id (a re-import), else the plan's one copy. */
    private String text(DirectoryRow existing, int index, UUID id) {
        String current = existing == null ? null : existing.get(index);
        return current != null && current.equals(id.toString()) ? current : plan.text(id);
    }

    private void deactivateEnrollment(DirectoryRow row, TablePlan table) {
        if (row != null && row.active()) {
            plan.studentsAffected.add(UUID.fromString(row.get(1)));
        }
        table.deactivate(row);
    }

    private void deactivateTeaching(DirectoryRow row, TablePlan table) {
        if (row != null && row.active()) {
            plan.classesWithStaffChanges.add(UUID.fromString(row.get(2)));
        }
        table.deactivate(row);
    }

    private DirectoryRow existingOrPair(DirectoryTable table, String sourcedId, DirectoryRow byPair) {
        DirectoryRow bySourcedId = snapshot.bySourcedId(table, sourcedId);
        return bySourcedId != null ? bySourcedId : byPair;
    }

    /** Existing link rows by their two ids, to adopt a link made by hand instead of duplicating it. */
    Map<ImportPlan.Pair, DirectoryRow> pairs(DirectoryTable table) {
        Map<ImportPlan.Pair, DirectoryRow> pairs = new HashMap<>();
        for (DirectoryRow row : snapshot.rows(table)) {
            ImportPlan.Pair pair = ImportPlan.Pair.of(row.get(1), row.get(2));
            if (pair != null) {
                pairs.put(pair, row);
            }
        }
        return pairs;
    }

    private UUID classId(String sourcedId) {
        UUID id = classes.get(sourcedId);
        if (id != null) {
            return id;
        }
        DirectoryRow existing = snapshot.bySourcedId(CLASS, sourcedId);
        return existing == null ? null : existing.id();
    }

    void dangling(String file, long line, String column, String sourcedId, String what) {
        errors.add(file, line, column, what != null
                ? column + " " + RowRules.clip(sourcedId) + " names " + what
                : column + " " + RowRules.clip(sourcedId) + " names nothing in the package or the district (a dangling sourcedId)");
    }

    private static String first(java.util.List<String> values, String fallback) {
        return values.isEmpty() ? fallback : values.get(0);
    }

    static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
