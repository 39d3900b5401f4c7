package org.tandem.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.tandem.platform.persistence.Sql;

/**
 * Removes domain events past {@code tandem.outbox.keep-for} that every consumer has passed, so the
 * outbox does not grow without bound. Safe on several instances at once (a delete of the same rows),
 * and done in slices so no statement holds many locks for long.
 */
@ApplicationScoped
public class OutboxPruning {

    private static final Logger LOG = Logger.getLogger(OutboxPruning.class);
    private static final int SLICE = 10_000;
    private static final String PRUNE = "DELETE FROM domain_event WHERE (tenant_id, id) IN (SELECT e.tenant_id, e.id FROM domain_event e"
            + " WHERE e.occurred_at < ? AND NOT EXISTS (SELECT 1 FROM outbox_consumer c WHERE (c.last_tx, c.last_id) < (e.tx_id, e.id))"
            + " LIMIT " + SLICE + ")";

    private final Sql sql;
    private final OutboxSettings settings;
    private final Clock clock;

    OutboxPruning(Sql sql, OutboxSettings settings, Clock clock) {
        this.sql = sql;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${tandem.outbox.prune-cron:0 45 3 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            long removed = prune();
            if (removed > 0) {
                LOG.infof("Outbox: removed %d events older than %s", removed, settings.keepFor());
            }
        } catch (RuntimeException e) {
            LOG.warn("Outbox pruning failed; it runs again at its next time", e);
        }
    }

    /** Removes what is past the window and consumed by all; returns how many events went. */
    public long prune() {
        Instant cutoff = Instant.now(clock).minus(settings.keepFor());
        long removed = 0;
        int slice;
        do {
            slice = sql.update(PRUNE, cutoff);
            removed += slice;
        } while (slice == SLICE);
        return removed;
    }
}
