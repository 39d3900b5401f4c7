package org.tandem.notifications.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/** Takes stored events to the streams open on this instance: after a NOTIFY, and after a lost LISTEN. */
@ApplicationScoped
class LiveDelivery {

    private static final Logger LOG = Logger.getLogger(LiveDelivery.class);

    private final LiveStreams streams;
    private final LiveEventStore store;
    private final LiveSettings settings;

    LiveDelivery(LiveStreams streams, LiveEventStore store, LiveSettings settings) {
        this.streams = streams;
        this.store = store;
        this.settings = settings;
    }

    /** One NOTIFY's events: read only when someone of that tenant has a stream here. */
    void deliver(java.util.UUID tenantId, long first, long last) {
        if (!streams.anyIn(tenantId)) {
            return;
        }
        for (LiveEvent event : store.range(tenantId, first, last)) {
            streams.of(tenantId, event.recipientId()).forEach(stream -> stream.deliver(event));
        }
    }

    /** Every open stream reads what it may have missed while the LISTEN connection was down. */
    void catchUpAll() {
        for (LiveStream stream : List.copyOf(streams.all())) {
            try {
                store.after(stream.tenantId, stream.accountId, stream.lastSentId(), settings.maxReplay())
                        .forEach(stream::deliver);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Stream %s did not catch up; closing it so that its app reconnects", stream.id);
                stream.close("server_catching_up", settings.retry());
            }
        }
    }
}
