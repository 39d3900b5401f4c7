package org.tandem.notifications.live;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.tandem.platform.persistence.Sql;

/**
 * Forgets what is no longer needed: events past the replay window, tickets past their lifetime, the
 * streams of instances that stopped proving they are alive. Every instance runs it; the deletes are
 * idempotent, so running twice at once costs a little work and changes nothing.
 */
@ApplicationScoped
class LivePruning {

    private static final Logger LOG = Logger.getLogger(LivePruning.class);

    private final LiveEventStore events;
    private final LiveTickets tickets;
    private final LiveStreams streams;
    private final Sql sql;
    private final LiveSettings settings;
    private final Clock clock;

    LivePruning(LiveEventStore events, LiveTickets tickets, LiveStreams streams, Sql sql, LiveSettings settings, Clock clock) {
        this.events = events;
        this.tickets = tickets;
        this.streams = streams;
        this.sql = sql;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(identity = "live-updates-pruning", every = "${tandem.live.prune-every:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        try {
            pruneNow();
        } catch (RuntimeException e) {
            LOG.warn("Pruning live updates failed; trying again next time", e);
        }
    }

    void pruneNow() {
        Instant now = clock.instant();
        events.prune(now.minus(settings.replayWindow()));
        tickets.prune(now);
        Instant dead = now.minus(streams.liveness());
        sql.update("DELETE FROM live_stream s WHERE NOT EXISTS (SELECT 1 FROM live_instance i WHERE i.id = s.instance_id"
                + " AND i.seen_at > ?)", dead);
        sql.update("DELETE FROM live_instance WHERE seen_at < ?", now.minus(Duration.ofHours(1)));
    }
}
