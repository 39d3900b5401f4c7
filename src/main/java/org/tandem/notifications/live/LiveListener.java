package org.tandem.notifications.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * This instance's one LISTEN connection (outside the pool, so it never holds a pooled connection) on
 * the live channel. Every instance hears every append (its own too) and delivers the events to the
 * streams open here; a NOTIFY carries ids only and the events are read from live_event. When the
 * connection breaks, it is opened again with a growing pause, and every open stream catches up from
 * the last id it sent, since NOTIFYs sent meanwhile are lost.
 */
@ApplicationScoped
class LiveListener {

    private static final Logger LOG = Logger.getLogger(LiveListener.class);
    private static final int POLL_MILLIS = 500;
    private static final long MAX_PAUSE_MILLIS = 30_000;

    private final LiveStreams streams;
    private final LiveDelivery delivery;
    private final LiveSettings settings;
    private final LiveDatabase database;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;
    /** Handles signals in the order they arrived, off the listening thread. */
    private ExecutorService dispatch;

    LiveListener(LiveStreams streams, LiveDelivery delivery, LiveSettings settings, LiveDatabase database) {
        this.streams = streams;
        this.delivery = delivery;
        this.settings = settings;
        this.database = database;
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        dispatch = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("live-dispatch").daemon().factory());
        thread = Thread.ofPlatform().name("live-listener").daemon().start(this::listen);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        thread.interrupt();
        try {
            // It polls every POLL_MILLIS: let it see that it must stop before its executor goes.
            thread.join(2 * POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dispatch.shutdownNow();
    }

    /** Whether the LISTEN connection is up (health and tests). */
    boolean listening() {
        return listening;
    }

    private void listen() {
        long pause = 500;
        boolean reconnect = false;
        while (running) {
            try (Connection connection = database.listening()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + quoted(settings.channel()));
                }
                listening = true;
                pause = 500;
                if (reconnect) {
                    submit(delivery::catchUpAll);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        List<String> payloads = java.util.Arrays.stream(notifications).map(PGNotification::getParameter).toList();
                        submit(() -> payloads.forEach(this::handle));
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (!running) {
                    return;
                }
                LOG.warnf("Live updates lost their LISTEN connection (%s); reconnecting in %d ms", e.getMessage(), pause);
                reconnect = true;
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
            }
        }
        listening = false;
    }

    /** Hands work to the dispatch thread; while stopping, what arrives after it ended is dropped. */
    private void submit(Runnable work) {
        try {
            dispatch.execute(work);
        } catch (RejectedExecutionException stopped) {
            if (running) {
                LOG.warn("Live updates could not hand a signal to their dispatch thread", stopped);
            }
        }
    }

    private void handle(String payload) {
        try {
            LiveSignal.parse(payload).ifPresent(signal -> {
                if (signal.kind() == 'e') {
                    delivery.deliver(signal.tenantId(), signal.first(), signal.last());
                } else {
                    streams.closeSuperseded(signal.streamId());
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf(e, "Live signal %s not handled", payload);
        }
    }

    private static String quoted(String channel) {
        return '"' + channel.replace("\"", "\"\"") + '"';
    }
}
