package org.tandem.messaging.translation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.tandem.messaging.message.Message;
import org.tandem.platform.tenancy.TenantScope;

/**
 * Works through due translation jobs. Jobs of every district are claimed in one statement
 * ({@code FOR UPDATE SKIP LOCKED}, so several instances share the work) by moving their next
 * attempt past a lease; each is then done inside its own district's context, with the provider
 * called outside any transaction. A failure is retried with exponential backoff until the
 * attempts run out, and then the job is marked failed; readers simply keep the original.
 */
@ApplicationScoped
class TranslationWorker {

    private static final Logger LOG = Logger.getLogger(TranslationWorker.class);

    record Job(UUID messageId, String language, UUID tenant, int attempts) {
    }

    private record Source(String body, String language) {
    }

    private final EntityManager em;
    private final TranslationProvider provider;
    private final TranslationSettings settings;
    private final TenantScope tenants;

    TranslationWorker(EntityManager em, TranslationProvider provider, TranslationSettings settings,
                      TenantScope tenants) {
        this.tenants = tenants;
        this.em = em;
        this.provider = provider;
        this.settings = settings;
    }

    @Scheduled(every = "${tandem.translation.poll-every}", delayed = "${tandem.translation.poll-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (provider.enabled()) {
            processDue();
        }
    }

    /** Claims and works through one batch of due jobs; returns how many were attempted. */
    int processDue() {
        List<Job> claimed = tenants.acrossTenants(this::claim);
        Map<UUID, List<Job>> byTenant = claimed.stream()
                .collect(Collectors.groupingBy(Job::tenant, LinkedHashMap::new, Collectors.toList()));
        byTenant.forEach((tenant, jobs) -> tenants.within(tenant, () -> {
            jobs.forEach(this::attempt);
            return null;
        }));
        return claimed.size();
    }

    private List<Job> claim() {
        List<?> rows = em.createNativeQuery("""
                        UPDATE translation_job j SET attempts = j.attempts + 1,
                               next_attempt_at = now() + make_interval(secs => :lease)
                        FROM (SELECT message_id, language FROM translation_job
                              WHERE state = 'pending' AND next_attempt_at <= now()
                              ORDER BY next_attempt_at LIMIT :batch FOR UPDATE SKIP LOCKED) due
                        WHERE j.message_id = due.message_id AND j.language = due.language
                        RETURNING j.message_id, j.language, j.tenant_id, j.attempts""")
                .setParameter("lease", (double) settings.lease().toSeconds())
                .setParameter("batch", settings.batchSize()).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Job((UUID) r[0], (String) r[1], UUID.fromString((String) r[2]), ((Number) r[3]).intValue()))
                .toList();
    }

    private void attempt(Job job) {
        Source source = QuarkusTransaction.requiringNew().call(() -> source(job));
        if (source == null) {
            QuarkusTransaction.requiringNew().run(() -> finish(job));
            return;
        }
        String translated;
        try {
            translated = provider.translate(source.body(), source.language(), job.language());
        } catch (RuntimeException e) {
            LOG.warnf("Translating message %s into %s failed (attempt %d): %s", job.messageId(), job.language(),
                    job.attempts(), e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> retryLater(job, e.getMessage()));
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> store(job, source.body(), translated));
    }

    /** What to translate, or null when there is nothing to do: the message is gone, or a person translated it. */
    private Source source(Job job) {
        Message message = message(job.messageId());
        if (message == null || message.deleted() || humanRendition(job)) {
            return null;
        }
        return new Source(message.body(), message.language());
    }

    private void store(Job job, String translatedFrom, String translated) {
        // Holding the job's row makes an edit's re-queue wait until this rendition is stored, so it
        // is then deleted with the other stale ones.
        em.createNativeQuery("SELECT 1 FROM translation_job WHERE message_id = :message AND language = :language FOR UPDATE")
                .setParameter("message", job.messageId()).setParameter("language", job.language()).getResultList();
        Message message = message(job.messageId());
        if (message == null || message.deleted() || !translatedFrom.equals(message.body())) {
            return; // deleted (jobs went with it) or edited meanwhile (its edit queued the job again)
        }
        em.createNativeQuery("""
                        INSERT INTO message_translation (message_id, language, tenant_id, body, source, created_at)
                        VALUES (:message, :language, :tenant, :body, 'machine', now())
                        ON CONFLICT (tenant_id, message_id, language) DO UPDATE SET body = excluded.body, created_at = now()
                          WHERE message_translation.source = 'machine'""")
                .setParameter("message", job.messageId()).setParameter("language", job.language())
                .setParameter("tenant", job.tenant().toString()).setParameter("body", translated).executeUpdate();
        finish(job);
    }

    private void finish(Job job) {
        em.createNativeQuery("""
                        UPDATE translation_job SET state = 'done', last_error = NULL
                        WHERE message_id = :message AND language = :language AND attempts = :attempts""")
                .setParameter("message", job.messageId()).setParameter("language", job.language())
                .setParameter("attempts", job.attempts()).executeUpdate();
    }

    private void retryLater(Job job, String error) {
        em.createNativeQuery("""
                        UPDATE translation_job
                        SET state = CASE WHEN attempts >= :max THEN 'failed' ELSE 'pending' END,
                            next_attempt_at = now() + make_interval(secs => :delay), last_error = :error
                        WHERE message_id = :message AND language = :language AND attempts = :attempts""")
                .setParameter("max", settings.maxAttempts()).setParameter("delay", (double) backoff(job.attempts()).toSeconds())
                .setParameter("error", error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500)))
                .setParameter("message", job.messageId()).setParameter("language", job.language())
                .setParameter("attempts", job.attempts()).executeUpdate();
    }

    /** 1st failure: the base backoff; each further one doubles it, up to the maximum. */
    Duration backoff(int attempts) {
        Duration delay = settings.backoff().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : delay;
    }

    private Message message(UUID id) {
        return em.createQuery("FROM Message m WHERE m.id = :id", Message.class).setParameter("id", id)
                .getResultStream().findFirst().orElse(null);
    }

    private boolean humanRendition(Job job) {
        return !em.createQuery("""
                        SELECT 1 FROM MessageTranslation t
                        WHERE t.messageId = :message AND t.language = :language AND t.source = 'human'""")
                .setParameter("message", job.messageId()).setParameter("language", job.language())
                .getResultList().isEmpty();
    }
}
