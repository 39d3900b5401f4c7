package org.tandem.celebrations.replies;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Replies and their reports, through Hibernate (tenant-filtered). */
@ApplicationScoped
class ReplyRepository implements PanacheRepositoryBase<Reply, UUID> {

    /** Rows of (reply, author name): the celebration's replies not removed, oldest first, after the cursor. */
    List<Object[]> page(UUID celebrationId, UUID onlyAuthor, Instant afterAt, UUID afterId, int limit) {
        var query = getEntityManager().createQuery("SELECT r, a.displayName FROM Reply r, Account a"
                        + " WHERE a.id = r.authorId AND r.celebrationId = :c AND r.removedAt IS NULL"
                        + (onlyAuthor == null ? "" : " AND r.authorId = :author")
                        + (afterAt == null ? "" : " AND (r.createdAt > :at OR (r.createdAt = :at AND r.id > :id))")
                        + " ORDER BY r.createdAt, r.id", Object[].class)
                .setParameter("c", celebrationId).setMaxResults(limit);
        if (onlyAuthor != null) query.setParameter("author", onlyAuthor);
        if (afterAt != null) query.setParameter("at", afterAt).setParameter("id", afterId);
        return query.getResultList();
    }

    Optional<Reply> reply(UUID celebrationId, UUID replyId) {
        return replyId == null ? Optional.empty() : getEntityManager()
                .createQuery("FROM Reply r WHERE r.id = :id AND r.celebrationId = :c AND r.removedAt IS NULL", Reply.class)
                .setParameter("id", replyId).setParameter("c", celebrationId).getResultStream().findFirst();
    }

    String nameOf(UUID accountId) {
        return getEntityManager().createQuery("SELECT a.displayName FROM Account a WHERE a.id = :id", String.class)
                .setParameter("id", accountId).getSingleResult();
    }

    boolean reportedBy(UUID replyId, UUID reporter) {
        return !getEntityManager().createQuery("SELECT r.id FROM ReplyReport r WHERE r.replyId = :reply"
                        + " AND r.reporterId = :me", UUID.class)
                .setParameter("reply", replyId).setParameter("me", reporter).getResultList().isEmpty();
    }

    void persistReport(ReplyReport report) {
        getEntityManager().persist(report);
    }

    /**
     * Rows of (report, reply, author name) in this state, oldest first; {@code schools}, when not
     * null, keeps reports of celebrations of those schools (of their students or classes).
     */
    List<Object[]> reports(String state, Set<UUID> schools, UUID reportId, Instant afterAt, UUID afterId, int limit) {
        var query = getEntityManager().createQuery("SELECT p, r, a.displayName FROM ReplyReport p, Reply r, Account a,"
                        + " Celebration c WHERE r.id = p.replyId AND a.id = r.authorId AND c.id = r.celebrationId"
                        + (state == null ? "" : " AND p.state = :state")
                        + (reportId == null ? "" : " AND p.id = :report")
                        + (schools == null ? "" : " AND (EXISTS (SELECT 1 FROM Student s WHERE s.id = c.studentId"
                        + " AND s.schoolId IN :schools) OR EXISTS (SELECT 1 FROM SchoolClass k WHERE k.id = c.classId"
                        + " AND k.schoolId IN :schools))")
                        + (afterAt == null ? "" : " AND (p.createdAt > :at OR (p.createdAt = :at AND p.id > :id))")
                        + " ORDER BY p.createdAt, p.id", Object[].class)
                .setMaxResults(limit);
        if (state != null) query.setParameter("state", state);
        if (reportId != null) query.setParameter("report", reportId);
        if (schools != null) query.setParameter("schools", schools);
        if (afterAt != null) query.setParameter("at", afterAt).setParameter("id", afterId);
        return query.getResultList();
    }

    List<ReplyReport> openReportsOf(UUID replyId) {
        return getEntityManager().createQuery("FROM ReplyReport p WHERE p.replyId = :reply AND p.state = 'open'",
                ReplyReport.class).setParameter("reply", replyId).getResultList();
    }
}
