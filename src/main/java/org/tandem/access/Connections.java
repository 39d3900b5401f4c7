package org.tandem.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is linked to or teaches whom: the relationships every feature asks about, each rule written
 * once and answered in batch (ids or small records, a fixed number of statements whatever the size).
 *
 * <ul>
 *   <li>A <b>current link</b> is an active guardianship, not under a no-contact order, of an active
 *       guardian. A no-contact link is no link at all: it never appears here.</li>
 *   <li><b>Teaches now</b>: an active teaching assignment to an active class of a term that includes
 *       today, in which the student is actively enrolled.</li>
 *   <li>A class's <b>staff</b>: active teaching assignments to the class, whatever its term (the
 *       people who run the class's code, requests and group threads).</li>
 * </ul>
 *
 * <p>The directory owns these tables and is their only writer; {@code access/} is their one reader
 * for decisions. Queries name entities in JPQL (no Java dependency on {@code directory/}), so
 * Hibernate flushes pending changes before it answers and filters every statement by tenant.
 */
@ApplicationScoped
public class Connections {

    /** The rule of a current link, in JPQL, for a guardianship {@code g} and its guardian {@code gd}. */
    private static final String CURRENT_LINK = """
            g.active = true AND g.noContact = false AND gd.id = g.guardianId AND gd.active = true""";

    /** The rule of teaching now, in JPQL: assignment {@code t}, enrollment {@code e}, class {@code c}, term. */
    private static final String TEACHES_NOW = """
            t.active = true AND e.classId = t.classId AND e.active = true AND c.id = t.classId AND c.active = true
            AND term.id = c.termId AND :today BETWEEN term.startsOn AND term.endsOn""";

    private final EntityManager em;
    private final Clock clock;

    Connections(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * {@link #CURRENT_LINK} in SQL for statements outside Hibernate (the hot read paths): whether the
     * account {@code account} has a current link to the student {@code student}. {@code tenant} is the
     * placeholder or literal for the tenant, used twice. Spaces surround it, as text blocks strip
     * the trailing space of the line it is appended to.
     *
     * <p>Each {@code EXISTS} of this vocabulary ends in {@code OFFSET 0}, which keeps it the per-row
     * probe of two unique indexes it is written as. Without it PostgreSQL may turn the {@code EXISTS}
     * into a hashed sub-plan over every current link of the tenant, and does so in the generic plan it
     * uses for a statement after five executions (the JDBC driver prepares statements on the server):
     * {@code ThreadReaders.of} took 2.7 ms instead of 0.1 ms per post on the small data set, and grows
     * with the district (EXPLAIN under {@code plan_cache_mode = force_generic_plan}). PostgreSQL does not
     * rewrite an {@code EXISTS} whose sub-query has an {@code OFFSET}.
     */
    public static String currentLinkSql(String tenant, String account, String student) {
        return currentLinkSql(tenant, account, student, "true");
    }

    private static String currentLinkSql(String tenant, String account, String student, String permission) {
        return " " + """
                EXISTS (SELECT 1 FROM guardian gd JOIN guardianship g ON g.guardian_id = gd.id
                        WHERE gd.tenant_id = %1$s AND gd.account_id = %2$s AND gd.active
                          AND g.tenant_id = %1$s AND g.student_id = %3$s AND g.active AND NOT g.no_contact
                          AND %4$s OFFSET 0)"""
                .formatted(tenant, account, student, permission) + " ";
    }

    /**
     * {@link #currentLinkSql(String, String, String)} whose link also allows {@code capability}
     * (one of the guardianship permissions: communications, messaging staff, booking, goals).
     */
    public static String currentLinkSql(String tenant, String account, String student, StudentCapability capability) {
        String permission = switch (capability) {
            case RECEIVE_COMMUNICATIONS -> "g.receives_communications";
            case MESSAGE_STAFF -> "g.may_message_staff";
            case BOOK_AND_RSVP -> "g.may_book_and_rsvp";
            case SEE_GOALS_AND_CELEBRATIONS -> "g.may_see_goals_and_celebrations";
            case SEE_CONFIDENTIAL -> "g.educational_rights";
            case VIEW -> "true";
            case INVITE_FAMILIES, ADMINISTER -> "false";
        };
        return currentLinkSql(tenant, account, student, permission);
    }

    /** The current links of these students (all of them, whatever the permissions). */
    public List<GuardianLink> linksOfStudents(Collection<UUID> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return links("g.studentId IN :ids", studentIds, null);
    }

    /** The current links of one guardian, to students that are active. */
    public List<GuardianLink> linksOfGuardian(UUID guardianId) {
        return links("g.guardianId = :guardian AND EXISTS (SELECT 1 FROM Student s WHERE s.id = g.studentId"
                + " AND s.active = true)", null, guardianId);
    }

    /** The current links of these guardians, to students that are active. */
    public List<GuardianLink> linksOfGuardians(Collection<UUID> guardianIds) {
        if (guardianIds.isEmpty()) {
            return List.of();
        }
        return links("g.guardianId IN :ids AND EXISTS (SELECT 1 FROM Student s WHERE s.id = g.studentId"
                + " AND s.active = true)", guardianIds, null);
    }

    /** The current links of one guardian to any of these students. */
    public List<GuardianLink> linksBetween(UUID guardianId, Collection<UUID> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return links("g.guardianId = :guardian AND g.studentId IN :ids", studentIds, guardianId);
    }

    /** The guardians of these students whose current link allows the capability. */
    public List<GuardianLink> guardiansOf(Collection<UUID> studentIds, StudentCapability capability) {
        return linksOfStudents(studentIds).stream().filter(link -> link.allows(capability)).toList();
    }

    /** Accounts of guardians under a no-contact order for the student: never members of anything about them. */
    public Set<UUID> barredAccounts(UUID studentId) {
        return Set.copyOf(em.createQuery("""
                        SELECT gd.accountId FROM Guardianship g, Guardian gd
                        WHERE g.studentId = :student AND g.noContact = true AND gd.id = g.guardianId
                          AND gd.accountId IS NOT NULL""", UUID.class)
                .setParameter("student", studentId).getResultList());
    }

    /** Who teaches these students now: one row per student and teacher. */
    public List<Teaching> teachersOf(Collection<UUID> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT e.studentId, st.id, st.accountId, st.schoolId"
                        + " FROM Enrollment e, TeachingAssignment t, SchoolClass c, AcademicTerm term, Staff st"
                        + " WHERE e.studentId IN :students AND " + TEACHES_NOW
                        + " AND st.id = t.staffId AND st.active = true", Object[].class)
                .setParameter("students", studentIds).setParameter("today", today()).getResultStream()
                .map(row -> new Teaching((UUID) row[0], (UUID) row[1], (UUID) row[2], (UUID) row[3]))
                .toList();
    }

    /** The students these staff records teach now. */
    public Set<UUID> studentsTaughtBy(Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(em.createQuery("SELECT DISTINCT e.studentId"
                        + " FROM Enrollment e, TeachingAssignment t, SchoolClass c, AcademicTerm term"
                        + " WHERE t.staffId IN :staff AND " + TEACHES_NOW, UUID.class)
                .setParameter("staff", staffIds).setParameter("today", today()).getResultList());
    }

    /** Of these students, those the staff records teach now. */
    public Set<UUID> taughtAmong(Collection<UUID> staffIds, Collection<UUID> studentIds) {
        if (staffIds.isEmpty() || studentIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT DISTINCT e.studentId"
                        + " FROM Enrollment e, TeachingAssignment t, SchoolClass c, AcademicTerm term"
                        + " WHERE t.staffId IN :staff AND e.studentId IN :students AND " + TEACHES_NOW, UUID.class)
                .setParameter("staff", staffIds).setParameter("students", studentIds).setParameter("today", today())
                .getResultList());
    }

    /** The classes these staff records teach now (active classes of a current term). */
    public List<UUID> classesTaughtBy(Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT DISTINCT c.id FROM TeachingAssignment t, SchoolClass c, AcademicTerm term
                        WHERE t.staffId IN :staff AND t.active = true AND c.id = t.classId AND c.active = true
                          AND term.id = c.termId AND :today BETWEEN term.startsOn AND term.endsOn""", UUID.class)
                .setParameter("staff", staffIds).setParameter("today", today()).getResultList();
    }

    /** Whether one of these staff records is on the class's staff. */
    public boolean onStaffOfClass(Collection<UUID> staffIds, UUID classId) {
        return !staffIds.isEmpty() && !em.createQuery("""
                        SELECT t.id FROM TeachingAssignment t
                        WHERE t.classId = :class AND t.active = true AND t.staffId IN :staff""", UUID.class)
                .setParameter("class", classId).setParameter("staff", staffIds).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Accounts of the class's staff. */
    public List<UUID> staffAccountsOfClass(UUID classId) {
        return em.createQuery("""
                        SELECT DISTINCT st.accountId FROM TeachingAssignment t, Staff st
                        WHERE t.classId = :class AND t.active = true AND st.id = t.staffId AND st.active = true
                          AND st.accountId IS NOT NULL""", UUID.class)
                .setParameter("class", classId).getResultList();
    }

    /** Whether the guardian has a current link to a student actively enrolled in the class. */
    public boolean familyOfClass(UUID guardianId, UUID classId) {
        return !em.createQuery("SELECT g.id FROM Enrollment e, Guardianship g, Guardian gd"
                        + " WHERE e.classId = :class AND e.active = true AND g.studentId = e.studentId"
                        + " AND g.guardianId = :guardian AND " + CURRENT_LINK, UUID.class)
                .setParameter("class", classId).setParameter("guardian", guardianId).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * Whether the guardian sees the class's celebrations as one of its families: a current link that
     * allows goals and celebrations to a student actively enrolled in it, and no no-contact order for
     * any student actively enrolled in it (a class celebration would reveal that child's class).
     */
    public boolean celebratesWithClass(UUID guardianId, UUID classId) {
        return !em.createQuery("SELECT g.id FROM Enrollment e, Guardianship g, Guardian gd"
                        + " WHERE e.classId = :class AND e.active = true AND g.studentId = e.studentId"
                        + " AND g.guardianId = :guardian AND g.permissions.maySeeGoalsAndCelebrations = true AND " + CURRENT_LINK
                        + " AND NOT EXISTS (SELECT 1 FROM Enrollment e2, Guardianship b WHERE e2.classId = :class"
                        + " AND e2.active = true AND b.studentId = e2.studentId AND b.guardianId = :guardian"
                        + " AND b.noContact = true)", UUID.class)
                .setParameter("class", classId).setParameter("guardian", guardianId).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Students actively enrolled in the class. */
    public List<UUID> studentsOfClass(UUID classId) {
        return em.createQuery("SELECT e.studentId FROM Enrollment e WHERE e.classId = :class AND e.active = true",
                        UUID.class)
                .setParameter("class", classId).getResultList();
    }

    /** Active students of a school, or of one grade of it when {@code grade} is given. */
    public List<UUID> studentsOfSchool(UUID schoolId, String grade) {
        var query = em.createQuery("SELECT s.id FROM Student s WHERE s.schoolId = :school AND s.active = true"
                + (grade == null ? "" : " AND s.grade = :grade"), UUID.class).setParameter("school", schoolId);
        return (grade == null ? query : query.setParameter("grade", grade)).getResultList();
    }

    /** The school each of these students belongs to; students that do not exist are left out. */
    public List<StudentPlace> placesOf(Collection<UUID> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s.id, s.schoolId FROM Student s WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", studentIds).getResultStream()
                .map(row -> new StudentPlace((UUID) row[0], (UUID) row[1])).toList();
    }

    /** Whether the class exists and is active. */
    public boolean isActiveClass(UUID classId) {
        return !em.createQuery("SELECT c.id FROM SchoolClass c WHERE c.id = :id AND c.active = true", UUID.class)
                .setParameter("id", classId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The school of a class, if the class exists. */
    public Optional<UUID> schoolOfClass(UUID classId) {
        return em.createQuery("SELECT c.schoolId FROM SchoolClass c WHERE c.id = :id", UUID.class)
                .setParameter("id", classId).getResultStream().findFirst();
    }

    /** The active staff records of an account, one per school where they work. */
    public List<StaffMember> staffRecordsOf(UUID accountId) {
        return staffRecordsOf(em, accountId);
    }

    /**
     * {@link #staffRecordsOf(UUID)} through a persistence context the caller opened for a named
     * district (sign-in, before the request has a tenant).
     */
    public static List<StaffMember> staffRecordsOf(EntityManager em, UUID accountId) {
        return em.createQuery("SELECT st.id, st.accountId, st.schoolId, st.kind, st.active FROM Staff st"
                        + " WHERE st.accountId = :account AND st.active = true", Object[].class)
                .setParameter("account", accountId).getResultStream().map(Connections::staffMember).toList();
    }

    /** The active guardian record of an account. */
    public Optional<UUID> guardianOf(UUID accountId) {
        return guardianOf(em, accountId);
    }

    /** {@link #guardianOf(UUID)} through a persistence context the caller opened for a named district. */
    public static Optional<UUID> guardianOf(EntityManager em, UUID accountId) {
        return em.createQuery("SELECT g.id FROM Guardian g WHERE g.accountId = :account AND g.active = true", UUID.class)
                .setParameter("account", accountId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The guardian records that exist among these: their accounts (null before they join) and whether active. */
    public List<GuardianRecord> guardianRecords(Collection<UUID> guardianIds) {
        if (guardianIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT g.id, g.accountId, g.active FROM Guardian g WHERE g.id IN :ids", Object[].class)
                .setParameter("ids", guardianIds).getResultStream()
                .map(row -> new GuardianRecord((UUID) row[0], (UUID) row[1], (Boolean) row[2])).toList();
    }

    /** The staff records that exist among these. */
    public List<StaffMember> staffMembers(Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT st.id, st.accountId, st.schoolId, st.kind, st.active FROM Staff st"
                        + " WHERE st.id IN :ids", Object[].class)
                .setParameter("ids", staffIds).getResultStream().map(Connections::staffMember).toList();
    }

    /** Every class the student is or was enrolled in (a change of enrollment concerns them all). */
    public List<UUID> classesEverOf(UUID studentId) {
        return em.createQuery("SELECT DISTINCT e.classId FROM Enrollment e WHERE e.studentId = :student", UUID.class)
                .setParameter("student", studentId).getResultList();
    }

    /** {@link #classesEverOf} for many students at once. */
    public List<UUID> classesEverOf(Collection<UUID> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT e.classId FROM Enrollment e WHERE e.studentId IN :students", UUID.class)
                .setParameter("students", studentIds).getResultList();
    }

    private List<GuardianLink> links(String where, Collection<UUID> ids, UUID guardianId) {
        var query = em.createQuery("""
                        SELECT g.studentId, g.guardianId, gd.accountId, g.relationship, g.educationalRights,
                               g.permissions.receivesCommunications, g.permissions.mayMessageStaff,
                               g.permissions.mayBookAndRsvp, g.permissions.maySeeGoalsAndCelebrations
                        FROM Guardianship g, Guardian gd WHERE """ + " " + where + " AND " + CURRENT_LINK, Object[].class);
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        if (guardianId != null) {
            query.setParameter("guardian", guardianId);
        }
        return query.getResultStream()
                .map(row -> new GuardianLink((UUID) row[0], (UUID) row[1], (UUID) row[2],
                        ((Enum<?>) row[3]).name().toLowerCase(Locale.ROOT), (Boolean) row[4], (Boolean) row[5],
                        (Boolean) row[6], (Boolean) row[7], (Boolean) row[8]))
                .toList();
    }

    /**
     * Which guardians (JPQL alias {@code e}) the admins of {@code :schools} manage: those with a child
     * (linked in any state) at one of the schools, and those linked to no student at all yet, who
     * belong to no school and must be reachable to be linked. Used for lists and single records alike.
     */
    public static final String GUARDIAN_OF_SCHOOLS = """
            (EXISTS (SELECT 1 FROM Guardianship gs, Student gst WHERE gs.guardianId = e.id
                       AND gst.id = gs.studentId AND gst.schoolId IN :schools)
             OR NOT EXISTS (SELECT 1 FROM Guardianship gl WHERE gl.guardianId = e.id))""";

    /** Whether the guardian record exists and is managed by the admins of these schools ({@link #GUARDIAN_OF_SCHOOLS}). */
    public boolean guardianOfSchools(UUID guardianId, Set<UUID> schools) {
        return !schools.isEmpty() && !em.createQuery(
                        "SELECT e.id FROM Guardian e WHERE e.id = :guardian AND " + GUARDIAN_OF_SCHOOLS, UUID.class)
                .setParameter("guardian", guardianId).setParameter("schools", schools).setMaxResults(1)
                .getResultList().isEmpty();
    }

    private static StaffMember staffMember(Object[] row) {
        return new StaffMember((UUID) row[0], (UUID) row[1], (UUID) row[2],
                "school_admin".equalsIgnoreCase(String.valueOf(row[3])), (Boolean) row[4]);
    }

    /** Who teaches these students now, class by class: one row per student, class and active staff member. */
    public List<ClassTeaching> teachingByClassOf(Collection<UUID> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT e.studentId, c.id, st.id, st.accountId"
                        + " FROM Enrollment e, TeachingAssignment t, SchoolClass c, AcademicTerm term, Staff st"
                        + " WHERE e.studentId IN :students AND " + TEACHES_NOW
                        + " AND st.id = t.staffId AND st.active = true", Object[].class)
                .setParameter("students", studentIds).setParameter("today", today()).getResultStream()
                .map(row -> new ClassTeaching((UUID) row[0], (UUID) row[1], (UUID) row[2], (UUID) row[3]))
                .toList();
    }

    /**
     * The school contacts of families at these schools: their active administrators and counselors
     * (whoever else works there reaches a family through the classes they teach).
     */
    public List<StaffMember> schoolContactsOf(Collection<UUID> schoolIds) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT st.id, st.accountId, st.schoolId, st.kind, st.active FROM Staff st"
                        + " WHERE st.schoolId IN :schools AND st.active = true", Object[].class)
                .setParameter("schools", schoolIds).getResultStream()
                .filter(row -> SCHOOL_CONTACT_KINDS.contains(String.valueOf(row[3]).toLowerCase(Locale.ROOT)))
                .map(Connections::staffMember).toList();
    }

    private static final Set<String> SCHOOL_CONTACT_KINDS = Set.of("school_admin", "counselor");

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * {@link #CURRENT_LINK} in SQL for the hot read paths, as a lateral join: {@code LEFT JOIN LATERAL
     * (...) alias ON true} adds the columns of the current link of the account {@code account} to the
     * student {@code student} (all null when there is none), which {@link #linkFrom} reads back as a
     * {@link GuardianLink}. {@code tenant} is the placeholder or literal for the tenant, used twice.
     */
    public static String currentLinkLateral(String tenant, String account, String student, String alias) {
        return " " + """
                LEFT JOIN LATERAL (
                    SELECT lg.student_id, lg.guardian_id, lgd.account_id, lg.relationship, lg.educational_rights,
                           lg.receives_communications, lg.may_message_staff, lg.may_book_and_rsvp,
                           lg.may_see_goals_and_celebrations
                    FROM guardian lgd JOIN guardianship lg ON lg.guardian_id = lgd.id
                    WHERE lgd.tenant_id = %1$s AND lgd.account_id = %2$s AND lgd.active
                      AND lg.tenant_id = %1$s AND lg.student_id = %3$s AND lg.active AND NOT lg.no_contact
                    LIMIT 1) %4$s ON true""".formatted(tenant, account, student, alias) + " ";
    }

    /** The link {@link #currentLinkLateral} joined as {@code alias}, if there is one. */
    public static Optional<GuardianLink> linkFrom(java.sql.ResultSet rs, String alias) throws java.sql.SQLException {
        UUID student = rs.getObject(alias + "_student_id", UUID.class);
        if (student == null) {
            return Optional.empty();
        }
        return Optional.of(new GuardianLink(student, rs.getObject(alias + "_guardian_id", UUID.class),
                rs.getObject(alias + "_account_id", UUID.class), rs.getString(alias + "_relationship"),
                rs.getBoolean(alias + "_educational_rights"), rs.getBoolean(alias + "_receives_communications"),
                rs.getBoolean(alias + "_may_message_staff"), rs.getBoolean(alias + "_may_book_and_rsvp"),
                rs.getBoolean(alias + "_may_see_goals_and_celebrations")));
    }

    /** The select-list of {@link #currentLinkLateral}'s columns under {@code alias}, for {@link #linkFrom}. */
    public static String linkColumns(String alias) {
        return " " + String.join(", ", java.util.stream.Stream.of("student_id", "guardian_id", "account_id",
                        "relationship", "educational_rights", "receives_communications", "may_message_staff",
                        "may_book_and_rsvp", "may_see_goals_and_celebrations")
                .map(c -> alias + "." + c + " AS " + alias + "_" + c).toList()) + " ";
    }

    /**
     * {@link #TEACHES_NOW} in SQL for the hot read paths: whether the account {@code account} teaches
     * the student {@code student} now (an active staff record of the account with an active teaching
     * assignment to an active class of a term that includes {@code today}, in which the student is
     * actively enrolled). {@code tenant}, {@code account}, {@code student} and {@code today} are
     * placeholders, literals or column references; the tenant is used five times.
     */
    public static String teachesNowSql(String tenant, String account, String student, String today) {
        return " " + """
                EXISTS (SELECT 1 FROM enrollment te
                        JOIN school_class tc ON tc.tenant_id = %1$s AND tc.id = te.class_id AND tc.active
                        JOIN academic_term tt ON tt.tenant_id = %1$s AND tt.id = tc.term_id
                                             AND %4$s BETWEEN tt.starts_on AND tt.ends_on
                        JOIN teaching_assignment ta ON ta.tenant_id = %1$s AND ta.class_id = te.class_id AND ta.active
                        JOIN staff ts ON ts.tenant_id = %1$s AND ts.id = ta.staff_id AND ts.account_id = %2$s AND ts.active
                        WHERE te.tenant_id = %1$s AND te.student_id = %3$s AND te.active OFFSET 0)"""
                .formatted(tenant, account, student, today) + " ";
    }

    /**
     * The students the account {@code account} teaches now ({@link #teachesNowSql}'s rule), in SQL:
     * a statement selecting {@code student_id}, each at most once.
     */
    public static String studentsTaughtNowSql(String tenant, String account, String today) {
        return " " + """
                SELECT DISTINCT te.student_id FROM staff ts
                JOIN teaching_assignment ta ON ta.tenant_id = %1$s AND ta.staff_id = ts.id AND ta.active
                JOIN school_class tc ON tc.tenant_id = %1$s AND tc.id = ta.class_id AND tc.active
                JOIN academic_term tt ON tt.tenant_id = %1$s AND tt.id = tc.term_id
                                     AND %3$s BETWEEN tt.starts_on AND tt.ends_on
                JOIN enrollment te ON te.tenant_id = %1$s AND te.class_id = ta.class_id AND te.active
                WHERE ts.tenant_id = %1$s AND ts.account_id = %2$s AND ts.active"""
                .formatted(tenant, account, today) + " ";
    }

    /**
     * Whether the account {@code account} holds an active school-admin staff record at the school
     * {@code school}: {@link AccessPolicy}'s "administers" for a caller who is no district admin.
     */
    public static String administersSchoolSql(String tenant, String account, String school) {
        return " " + """
                EXISTS (SELECT 1 FROM staff sa WHERE sa.tenant_id = %1$s AND sa.account_id = %2$s AND sa.active
                          AND sa.kind = 'school_admin' AND sa.school_id = %3$s OFFSET 0)"""
                .formatted(tenant, account, school) + " ";
    }

    /** The ids of the account's active staff records ({@link Caller#staffIds}), as a sub-select. */
    public static String staffIdsOfAccountSql(String tenant, String account) {
        return " (SELECT sr.id FROM staff sr WHERE sr.tenant_id = %1$s AND sr.account_id = %2$s AND sr.active) "
                .formatted(tenant, account);
    }

    /**
     * Each guardian's household key: the household an administrator placed them in, or else the default
     * household of their children, named by the smallest id among the students of their current links
     * (so the guardians of a student share one household unless marked otherwise); a guardian with no
     * current link is a household of their own. One statement.
     */
    public Map<UUID, UUID> householdsOf(Collection<UUID> guardianIds) {
        if (guardianIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> households = new HashMap<>();
        em.createQuery("""
                        SELECT gd.id, gd.householdId, g.studentId FROM Guardian gd
                        LEFT JOIN Guardianship g ON g.guardianId = gd.id AND g.active = true AND g.noContact = false
                        WHERE gd.id IN :ids""", Object[].class)
                .setParameter("ids", guardianIds).getResultStream().forEach(row -> {
                    UUID guardian = (UUID) row[0];
                    UUID candidate = row[1] != null ? (UUID) row[1] : row[2] != null ? (UUID) row[2] : guardian;
                    households.merge(guardian, candidate, (a, b) -> row[1] != null || a.compareTo(b) > 0 ? b : a);
                });
        return households;
    }

    /** The active classes these students are actively enrolled in. */
    public Set<UUID> activeClassesOf(Collection<UUID> studentIds) {
        if (studentIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("""
                        SELECT DISTINCT e.classId FROM Enrollment e, SchoolClass c
                        WHERE e.studentId IN :ids AND e.active = true AND c.id = e.classId AND c.active = true""",
                        UUID.class)
                .setParameter("ids", studentIds).getResultList());
    }

    /**
     * The current links of the account {@code account} to active students, in SQL for the hot read
     * paths: a statement selecting {@link #linkColumns}' columns under the alias {@code cl}, for
     * {@link #linkFrom}; the same links as {@link #linksOfGuardian} for the account's guardian record.
     * {@code tenant} is the placeholder or literal for the tenant, used three times.
     */
    public static String currentLinksOfAccountSql(String tenant, String account) {
        return """
                SELECT %3$s FROM (
                    SELECT lg.student_id, lg.guardian_id, lgd.account_id, lg.relationship, lg.educational_rights,
                           lg.receives_communications, lg.may_message_staff, lg.may_book_and_rsvp,
                           lg.may_see_goals_and_celebrations
                    FROM guardian lgd JOIN guardianship lg ON lg.guardian_id = lgd.id
                    WHERE lgd.tenant_id = %1$s AND lgd.account_id = %2$s AND lgd.active
                      AND lg.tenant_id = %1$s AND lg.active AND NOT lg.no_contact
                      AND EXISTS (SELECT 1 FROM student ls WHERE ls.tenant_id = %1$s AND ls.id = lg.student_id
                                    AND ls.active)) cl""".formatted(tenant, account, linkColumns("cl"));
    }
}
