package org.tandem.messaging.moderation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reports of messages. Rows are read as {@link ReportViews#SELECT} reads them (report, message and
 * names); {@code schools}, when not null, keeps only reports about threads of those schools.
 */
@ApplicationScoped
class ReportRepository implements PanacheRepositoryBase<MessageReport, UUID> {

    /** Threads about a student, class or audience of the schools, or with a member of their staff. */
    private static final String IN_SCOPE = """
             AND EXISTS (SELECT 1 FROM MessageThread t WHERE t.id = m.threadId AND (
                   t.audienceSchoolId IN :schools
                   OR EXISTS (SELECT 1 FROM Student s WHERE s.id = t.studentId AND s.schoolId IN :schools)
                   OR EXISTS (SELECT 1 FROM SchoolClass c WHERE c.id = t.classId AND c.schoolId IN :schools)
                   OR EXISTS (SELECT 1 FROM Participant p, Staff st WHERE p.threadId = t.id AND p.role = 'staff'
                              AND st.accountId = p.accountId AND st.active = true AND st.schoolId IN :schools)))""";

    /** A page of reports in this state, oldest first, after the cursor when given. */
    List<Object[]> page(String state, Set<UUID> schools, Instant afterAt, UUID afterId, int limit) {
        var query = getEntityManager().createQuery(ReportViews.SELECT + " WHERE r.state = :state"
                        + (schools == null ? "" : " " + IN_SCOPE)
                        + (afterAt == null ? "" : " AND (r.createdAt > :at OR (r.createdAt = :at AND r.id > :id))")
                        + " ORDER BY r.createdAt, r.id", Object[].class)
                .setParameter("state", state).setMaxResults(limit);
        if (schools != null) query.setParameter("schools", schools);
        if (afterAt != null) query.setParameter("at", afterAt).setParameter("id", afterId);
        return query.getResultList();
    }

    Optional<Object[]> row(UUID reportId, Set<UUID> schools) {
        var query = getEntityManager().createQuery(ReportViews.SELECT + " WHERE r.id = :id"
                        + (schools == null ? "" : " " + IN_SCOPE), Object[].class)
                .setParameter("id", reportId);
        if (schools != null) query.setParameter("schools", schools);
        return query.getResultStream().findFirst();
    }

    /** Resolves every open report of the message; returns how many were still open. */
    int resolveOpen(UUID messageId, String outcome, UUID resolvedBy, Instant at) {
        return getEntityManager().createQuery("""
                        UPDATE MessageReport r SET r.state = :outcome, r.resolvedBy = :me, r.resolvedAt = :now,
                               r.version = r.version + 1
                        WHERE r.messageId = :message AND r.state = 'open'""")
                .setParameter("outcome", outcome).setParameter("me", resolvedBy)
                .setParameter("now", at).setParameter("message", messageId).executeUpdate();
    }

    boolean reportedBy(UUID messageId, UUID reporterId) {
        return !getEntityManager()
                .createQuery("SELECT r.id FROM MessageReport r WHERE r.messageId = :message AND r.reporterId = :me")
                .setParameter("message", messageId).setParameter("me", reporterId).getResultList().isEmpty();
    }

    /** Forgets every loaded entity, so that reads after a bulk update see what it wrote. */
    void forgetLoaded() {
        getEntityManager().clear();
    }
}
