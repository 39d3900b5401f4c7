package org.tandem.messaging.translation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.messaging.dto.MessageView;
import org.tandem.platform.persistence.Sql;

/** A message's renditions in other languages (machine or human) and the translation jobs that make them. */
@ApplicationScoped
class TranslationRepository implements PanacheRepositoryBase<MessageTranslation, MessageTranslation.Key> {

    private final Sql sql;

    TranslationRepository(Sql sql) {
        this.sql = sql;
    }

    /** The renditions in {@code language} of these messages, in one plain-SQL statement. */
    Map<UUID, MessageView.Translation> in(String language, List<UUID> messageIds) {
        return sql.list("""
                        SELECT message_id, language, body, source FROM message_translation
                        WHERE tenant_id = ? AND message_id = ANY (?) AND language = ?""",
                        rs -> Map.entry(Sql.uuid(rs, "message_id"), new MessageView.Translation(
                                rs.getString("language"), rs.getString("body"), rs.getString("source"))),
                        sql.tenant(), messageIds, language)
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<MessageTranslation> ofMessage(UUID messageId) {
        return getEntityManager()
                .createQuery("FROM MessageTranslation t WHERE t.messageId = :message ORDER BY t.language",
                        MessageTranslation.class)
                .setParameter("message", messageId).getResultList();
    }

    MessageTranslation one(UUID messageId, String language) {
        return getEntityManager().createQuery(
                        "FROM MessageTranslation t WHERE t.messageId = :message AND t.language = :language",
                        MessageTranslation.class)
                .setParameter("message", messageId).setParameter("language", language).getSingleResult();
    }

    boolean hasHumanRendition(UUID messageId, String language) {
        return !getEntityManager().createQuery("""
                        SELECT 1 FROM MessageTranslation t
                        WHERE t.messageId = :message AND t.language = :language AND t.source = 'human'""")
                .setParameter("message", messageId).setParameter("language", language)
                .getResultList().isEmpty();
    }

    /** A person's rendition: it replaces a machine one (and an earlier human one). */
    void storeHuman(UUID messageId, String language, UUID tenantId, String body, UUID by, Instant at) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO message_translation (message_id, language, tenant_id, body, source, created_at, translated_by)
                        VALUES (:message, :language, :tenant, :body, 'human', :now, :by)
                        ON CONFLICT (tenant_id, message_id, language) DO UPDATE
                          SET body = excluded.body, source = 'human', created_at = :now, translated_by = excluded.translated_by""")
                .setParameter("message", messageId).setParameter("language", language)
                .setParameter("tenant", tenantId.toString()).setParameter("body", body)
                .setParameter("now", at).setParameter("by", by).executeUpdate();
    }

    /** A machine rendition: it never overwrites a human one. */
    void storeMachine(UUID messageId, String language, UUID tenantId, String body, Instant at) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO message_translation (message_id, language, tenant_id, body, source, created_at)
                        VALUES (:message, :language, :tenant, :body, 'machine', :now)
                        ON CONFLICT (tenant_id, message_id, language) DO UPDATE SET body = excluded.body, created_at = :now
                          WHERE message_translation.source = 'machine'""")
                .setParameter("message", messageId).setParameter("language", language)
                .setParameter("tenant", tenantId.toString()).setParameter("body", body).setParameter("now", at)
                .executeUpdate();
    }

    void forgetRenditions(UUID messageId) {
        getEntityManager().createQuery("DELETE FROM MessageTranslation t WHERE t.messageId = :message")
                .setParameter("message", messageId).executeUpdate();
    }

    void forgetJobs(UUID messageId) {
        getEntityManager().createNativeQuery("DELETE FROM translation_job WHERE message_id = :message")
                .setParameter("message", messageId).executeUpdate();
    }

    /** Queues (or starts again) the job of translating the message into {@code language}, due at {@code at}. */
    /**
     * Queues a new message for every language its thread's active members prefer that differs
     * from the message's own (primary subtags compared, as {@code MessageViews.sameLanguage} does),
     * in one statement.
     */
    void queueForMembers(UUID tenantId, UUID messageId, UUID threadId, String messageLanguage, Instant at) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO translation_job (message_id, language, tenant_id, state, attempts, next_attempt_at)
                        SELECT DISTINCT CAST(:message AS uuid), a.preferred_language, p.tenant_id, 'pending', 0,
                               CAST(:now AS timestamptz)
                        FROM thread_participant p
                        JOIN account a ON a.tenant_id = p.tenant_id AND a.id = p.account_id
                        WHERE p.tenant_id = :tenant AND p.thread_id = :thread AND p.active
                          AND lower(split_part(a.preferred_language, '-', 1)) <> lower(split_part(:language, '-', 1))
                        ON CONFLICT (tenant_id, message_id, language) DO NOTHING""")
                .setParameter("message", messageId).setParameter("now", at)
                .setParameter("tenant", tenantId.toString()).setParameter("thread", threadId)
                .setParameter("language", messageLanguage).executeUpdate();
    }

    void queue(UUID tenantId, UUID messageId, String language, Instant at) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO translation_job (message_id, language, tenant_id, state, attempts, next_attempt_at)
                        VALUES (:message, :language, :tenant, 'pending', 0, :now)
                        ON CONFLICT (tenant_id, message_id, language) DO UPDATE
                          SET state = 'pending', attempts = 0, next_attempt_at = :now, last_error = NULL""")
                .setParameter("message", messageId).setParameter("language", language)
                .setParameter("tenant", tenantId.toString()).setParameter("now", at).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    List<String> pendingLanguages(UUID messageId) {
        return getEntityManager().createNativeQuery("""
                        SELECT language FROM translation_job
                        WHERE message_id = :message AND state = 'pending' ORDER BY language""")
                .setParameter("message", messageId).getResultList();
    }

    /** Marks the job done whatever its attempts (a person translated it). */
    void jobDone(UUID messageId, String language) {
        getEntityManager().createNativeQuery("""
                        UPDATE translation_job SET state = 'done', last_error = NULL
                        WHERE message_id = :message AND language = :language AND state <> 'done'""")
                .setParameter("message", messageId).setParameter("language", language).executeUpdate();
    }

    /**
     * Claims due jobs of every tenant (native SQL: call it across tenants) by moving their next
     * attempt past the lease. Lease times stay on the database's clock, the one every instance shares.
     */
    List<TranslationWorker.Job> claimDue(long leaseSeconds, int batch) {
        List<?> rows = getEntityManager().createNativeQuery("""
                        UPDATE translation_job j SET attempts = j.attempts + 1,
                               next_attempt_at = now() + make_interval(secs => :lease)
                        FROM (SELECT message_id, language FROM translation_job
                              WHERE state = 'pending' AND next_attempt_at <= now()
                              ORDER BY next_attempt_at LIMIT :batch FOR UPDATE SKIP LOCKED) due
                        WHERE j.message_id = due.message_id AND j.language = due.language
                        RETURNING j.message_id, j.language, j.tenant_id, j.attempts""")
                .setParameter("lease", (double) leaseSeconds)
                .setParameter("batch", batch).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new TranslationWorker.Job((UUID) r[0], (String) r[1], UUID.fromString((String) r[2]),
                        ((Number) r[3]).intValue()))
                .toList();
    }

    void lockJob(UUID messageId, String language) {
        getEntityManager()
                .createNativeQuery("SELECT 1 FROM translation_job WHERE message_id = :message AND language = :language FOR UPDATE")
                .setParameter("message", messageId).setParameter("language", language).getResultList();
    }

    /** Marks the job done, unless it was claimed again meanwhile (its attempts moved on). */
    void finish(UUID messageId, String language, int attempts) {
        getEntityManager().createNativeQuery("""
                        UPDATE translation_job SET state = 'done', last_error = NULL
                        WHERE message_id = :message AND language = :language AND attempts = :attempts""")
                .setParameter("message", messageId).setParameter("language", language)
                .setParameter("attempts", attempts).executeUpdate();
    }

    /** Retry after {@code delaySeconds} (on the database's clock, as the lease), or fail after the last attempt. */
    void retryLater(UUID messageId, String language, int attempts, int maxAttempts, long delaySeconds, String error) {
        getEntityManager().createNativeQuery("""
                        UPDATE translation_job
                        SET state = CASE WHEN attempts >= :max THEN 'failed' ELSE 'pending' END,
                            next_attempt_at = now() + make_interval(secs => :delay), last_error = :error
                        WHERE message_id = :message AND language = :language AND attempts = :attempts""")
                .setParameter("max", maxAttempts).setParameter("delay", (double) delaySeconds)
                .setParameter("error", error)
                .setParameter("message", messageId).setParameter("language", language)
                .setParameter("attempts", attempts).executeUpdate();
    }
}
