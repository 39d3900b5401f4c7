package org.tandem.messaging.thread;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.tandem.access.Connections;
import org.tandem.access.StudentCapability;
import org.tandem.platform.persistence.Sql;

/** Threads: their row locks, their message numbering, the inbox preview kept on the row, and the reader check. */
@Singleton
public class ThreadRepository implements PanacheRepositoryBase<MessageThread, UUID> {

    /** What reading a thread needs of the caller's membership, in one row. */
    record ReaderRow(UUID studentId, String role, String language, boolean linked, ReadState state) {
    }

    /** What posting needs of the thread and of the caller's membership, in one row. */
    record PosterRow(ThreadKind kind, boolean locked, UUID studentId, String role, boolean linked,
                     boolean mayMessageStaff) {
    }

    /** {@link #reader}'s statement, built once (formatting it for every request was measurable). */
    private static final String READER = """
            SELECT t.student_id, p.role, a.preferred_language, t.last_seq, p.xmin::text AS row_version,
                   t.student_id IS NOT NULL AND p.role = 'guardian'
                     AND """ + Connections.currentLinkSql("?", "p.account_id", "t.student_id") + """
                       AS linked
            FROM thread t
            JOIN thread_participant p ON p.tenant_id = ? AND p.thread_id = t.id AND p.account_id = ?
                                     AND p.active
            LEFT JOIN account a ON a.tenant_id = ? AND a.id = p.account_id
            WHERE t.tenant_id = ? AND t.id = ?""";

    private static final String GUARDIAN_ABOUT_STUDENT = "t.student_id IS NOT NULL AND p.role = 'guardian' AND ";

    /** {@link #poster}'s statement, built once. */
    private static final String POSTER = "SELECT t.kind, t.locked, t.student_id, p.role, "
            + GUARDIAN_ABOUT_STUDENT + Connections.currentLinkSql("?", "p.account_id", "t.student_id")
            + " AS linked, "
            + GUARDIAN_ABOUT_STUDENT + Connections.currentLinkSql("?", "p.account_id", "t.student_id",
            StudentCapability.MESSAGE_STAFF) + """
             AS may_message_staff
            FROM thread t
            JOIN thread_participant p ON p.tenant_id = ? AND p.thread_id = t.id AND p.account_id = ?
                                     AND p.active
            WHERE t.tenant_id = ? AND t.id = ?""";

    private final Sql sql;

    ThreadRepository(Sql sql) {
        this.sql = sql;
    }

    /**
     * The student's one student thread, if it exists, after taking a transaction-scoped advisory lock
     * on the student, so that concurrent starts for the same student find the first one's thread
     * (the unique index {@code thread_one_per_student} is the backstop).
     */
    public Optional<MessageThread> studentThreadLocked(UUID studentId) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "student-thread:" + sql.tenant() + ":" + studentId).getSingleResult();
        return getEntityManager().createQuery("FROM MessageThread t WHERE t.studentThreadOf = :student",
                        MessageThread.class)
                .setParameter("student", studentId).getResultStream().findFirst();
    }

    /**
     * Takes the thread's row lock for a post (or a schedule): it serialises posts in a thread, so
     * the client-message-id check and the next seq are race-free.
     */
    public void lockForPost(UUID threadId) {
        getEntityManager().createNativeQuery("SELECT id FROM thread WHERE id = :thread FOR UPDATE")
                .setParameter("thread", threadId).getSingleResult();
    }

    /** The threads whose audience depends on this student: about them, of their classes, or announced to their school. */
    List<MessageThread> audienceDependsOn(UUID studentId, List<UUID> classes, UUID school) {
        var query = getEntityManager().createQuery("FROM MessageThread t WHERE t.studentId = :student"
                                + (classes.isEmpty() ? "" : " OR t.classId IN :classes")
                                + (school == null ? "" : " OR (t.kind = :announcement AND t.audienceSchoolId = :school)"),
                        MessageThread.class)
                .setParameter("student", studentId);
        if (!classes.isEmpty()) {
            query.setParameter("classes", classes);
        }
        if (school != null) {
            query.setParameter("announcement", ThreadKind.ANNOUNCEMENT).setParameter("school", school);
        }
        return query.getResultList();
    }

    /** Whether the tenant has any thread at all (an import into a new district has nothing to re-sync). */
    boolean anyInTenant() {
        return !getEntityManager().createQuery("SELECT t.id FROM MessageThread t", UUID.class)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** {@link #audienceDependsOn} for many students, their classes and their schools at once. */
    List<MessageThread> audienceDependsOnAny(List<UUID> students, List<UUID> classes, List<UUID> schools) {
        var query = getEntityManager().createQuery("FROM MessageThread t WHERE t.studentId IN :students"
                                + (classes.isEmpty() ? "" : " OR t.classId IN :classes")
                                + (schools.isEmpty() ? "" : " OR (t.kind = :announcement AND t.audienceSchoolId IN :schools)"),
                        MessageThread.class)
                .setParameter("students", students);
        if (!classes.isEmpty()) {
            query.setParameter("classes", classes);
        }
        if (!schools.isEmpty()) {
            query.setParameter("announcement", ThreadKind.ANNOUNCEMENT).setParameter("schools", schools);
        }
        return query.getResultList();
    }

    /**
     * The reader's membership, language and (for a guardian in a thread about a student) whether a
     * current link ties them to the student, in one plain-SQL statement; empty when not an active member.
     */
    Optional<ReaderRow> reader(UUID threadId, UUID accountId) {
        String tenant = sql.tenant();
        return sql.one(READER,
                rs -> new ReaderRow(Sql.uuid(rs, "student_id"), rs.getString("role"), rs.getString("preferred_language"),
                        rs.getBoolean("linked"), new ReadState(rs.getLong("last_seq"), rs.getString("row_version"))),
                tenant, tenant, tenant, accountId, tenant, tenant, threadId);
    }

    /** Only while the message is still the latest: the condition is evaluated again after a post's row lock. */
    /**
     * The thread and the poster's active membership, with (for a guardian in a thread about a
     * student) whether a current link ties them to the student and whether it allows messaging
     * staff, in one plain-SQL statement; empty when not an active member.
     */
    Optional<PosterRow> poster(UUID threadId, UUID accountId) {
        String tenant = sql.tenant();
        return sql.one(POSTER,
                rs -> new PosterRow(ThreadKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getBoolean("locked"),
                        Sql.uuid(rs, "student_id"), rs.getString("role"), rs.getBoolean("linked"),
                        rs.getBoolean("may_message_staff")),
                tenant, tenant, tenant, tenant, tenant, accountId, tenant, threadId);
    }

    void previewEdited(UUID threadId, UUID messageId, String body) {
        getEntityManager().createNativeQuery("""
                        UPDATE thread SET last_snippet = left(:body, %d)
                        WHERE id = :thread AND last_message_id = :message""".formatted(ThreadPreview.KEPT))
                .setParameter("body", body).setParameter("thread", threadId)
                .setParameter("message", messageId).executeUpdate();
    }

    /** Only while the message is still the latest, as for an edit. */
    void previewRemoved(UUID threadId, UUID messageId) {
        getEntityManager().createNativeQuery("""
                        UPDATE thread SET last_snippet = NULL, last_deleted = true
                        WHERE id = :thread AND last_message_id = :message""")
                .setParameter("thread", threadId).setParameter("message", messageId).executeUpdate();
    }
}
