package org.tandem.messaging.translation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.tandem.messaging.message.Message;
import org.tandem.messaging.message.MessageRepository;
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

    private final TranslationRepository translations;
    private final MessageRepository messages;
    private final TranslationProvider provider;
    private final TranslationSettings settings;
    private final TenantScope tenants;
    private final Clock clock;

    TranslationWorker(TranslationRepository translations, MessageRepository messages, TranslationProvider provider,
                      TranslationSettings settings, TenantScope tenants, Clock clock) {
        this.tenants = tenants;
        this.translations = translations;
        this.messages = messages;
        this.clock = clock;
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
        return translations.claimDue(settings.lease().toSeconds(), settings.batchSize());
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
        translations.lockJob(job.messageId(), job.language());
        Message message = message(job.messageId());
        if (message == null || message.deleted() || !translatedFrom.equals(message.body())) {
            return; // deleted (jobs went with it) or edited meanwhile (its edit queued the job again)
        }
        translations.storeMachine(job.messageId(), job.language(), job.tenant(), translated, clock.instant());
        finish(job);
    }

    private void finish(Job job) {
        translations.finish(job.messageId(), job.language(), job.attempts());
    }

    private void retryLater(Job job, String error) {
        translations.retryLater(job.messageId(), job.language(), job.attempts(), settings.maxAttempts(),
                backoff(job.attempts()).toSeconds(),
                error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500)));
    }

    /** 1st failure: the base backoff; each further one doubles it, up to the maximum. */
    Duration backoff(int attempts) {
        Duration delay = settings.backoff().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : delay;
    }

    private Message message(UUID id) {
        return messages.current(id).orElse(null);
    }

    private boolean humanRendition(Job job) {
        return translations.hasHumanRendition(job.messageId(), job.language());
    }
}
