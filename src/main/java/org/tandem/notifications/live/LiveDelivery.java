package org.tandem.notifications.live;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Takes stored events to the streams open on this instance: after a NOTIFY, and after a lost LISTEN.
 * It runs on the listener's dispatch thread and reads on a connection of its own, so that delivery
 * never waits for the request pool.
 */
@ApplicationScoped
class LiveDelivery {

    private static final Logger LOG = Logger.getLogger(LiveDelivery.class);

    private final LiveStreams streams;
    private final LiveEventStore store;
    private final LiveSettings settings;
    private final LiveConnection connection;

    LiveDelivery(LiveStreams streams, LiveEventStore store, LiveSettings settings, LiveDatabase database) {
        this.streams = streams;
        this.store = store;
        this.settings = settings;
        this.connection = database.own("tandem-live-delivery");
    }

    void stop(@Observes ShutdownEvent shutdown) {
        connection.close();
    }

    /** One NOTIFY's events: read only when someone of that tenant has a stream here. */
    void deliver(UUID tenantId, long first, long last) {
        if (!streams.anyIn(tenantId)) {
            return;
        }
        for (LiveEvent event : connection.inTransaction(c -> store.range(c, tenantId, first, last))) {
            streams.of(tenantId, event.recipientId()).forEach(stream -> stream.deliver(event));
        }
    }

    /** Every open stream reads what it may have missed while the LISTEN connection was down. */
    void catchUpAll() {
        for (LiveStream stream : List.copyOf(streams.all())) {
            try {
                connection.inTransaction(c -> store.after(c, stream.tenantId, stream.accountId, stream.lastSentId(),
                        settings.maxReplay())).forEach(stream::deliver);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Stream %s did not catch up; closing it so that its app reconnects", stream.id);
                stream.close("server_catching_up", settings.retry());
            }
        }
    }
}
