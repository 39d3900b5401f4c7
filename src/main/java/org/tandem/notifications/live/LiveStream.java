package org.tandem.notifications.live;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One open stream of one signed-in app. Events reach it from the listener (live) and from the replay
 * of what the app missed; while the replay runs, live events wait, and afterwards only those past the
 * last id sent go out, so the app sees every event once and in id order. Sends are serialised here.
 */
final class LiveStream {

    final UUID id = UUID.randomUUID();
    final UUID tenantId;
    final UUID accountId;
    final Instant sessionEndsAt;

    private final SseEventSink sink;
    private final Sse sse;
    private final Consumer<LiveStream> onGone;
    private long lastSentId;
    private List<LiveEvent> waiting = new ArrayList<>();
    private boolean closed;

    LiveStream(UUID tenantId, UUID accountId, Instant sessionEndsAt, SseEventSink sink, Sse sse, Consumer<LiveStream> onGone) {
        this.tenantId = tenantId;
        this.accountId = accountId;
        this.sessionEndsAt = sessionEndsAt;
        this.sink = sink;
        this.sse = sse;
        this.onGone = onGone;
    }

    /** The opening lines: the reconnection delay, before anything else. */
    synchronized void begin(Duration retry) {
        send(sse.newEventBuilder().comment("tandem live updates").reconnectDelay(retry.toMillis()).build());
    }

    /** A live event: held while the replay runs, sent once otherwise. */
    synchronized void deliver(LiveEvent event) {
        if (closed) {
            return;
        }
        if (waiting != null) {
            waiting.add(event);
        } else if (event.id() > lastSentId) {
            sendEvent(event);
        }
    }

    /**
     * Ends the replay: sends what was missed, then what arrived meanwhile, then {@code ready} (with the
     * id the app resumes from, so that an app with nothing new still gets a Last-Event-ID), and goes live.
     */
    synchronized void replayed(List<LiveEvent> missed, long resumeFrom, String readyData) {
        missed.forEach(this::sendIfNew);
        // Every event of the person up to resumeFrom was committed before the replay read: it was in it.
        lastSentId = Math.max(lastSentId, resumeFrom);
        List<LiveEvent> meanwhile = waiting;
        waiting = null;
        meanwhile.sort(Comparator.comparingLong(LiveEvent::id));
        meanwhile.forEach(this::sendIfNew);
        send(sse.newEventBuilder().id(Long.toString(lastSentId)).name(LiveEventType.READY)
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(readyData).build());
    }

    /** A gap too long to replay: the app must refetch what it shows. */
    synchronized void resync(String data) {
        send(sse.newEventBuilder().name(LiveEventType.RESYNC).mediaType(MediaType.APPLICATION_JSON_TYPE).data(data).build());
    }

    synchronized long lastSentId() {
        return lastSentId;
    }

    /** A comment line, so that an idle stream is not closed by a proxy; also finds streams whose app went away. */
    synchronized void heartbeat() {
        if (sink.isClosed()) {
            gone();
            return;
        }
        send(sse.newEventBuilder().comment("heartbeat").build());
    }

    /** Ends the stream with a {@code closed} event saying why, and when the app may come back. */
    synchronized void close(String reason, Duration retry) {
        if (closed) {
            return;
        }
        send(sse.newEventBuilder().name(LiveEventType.CLOSED).reconnectDelay(retry.toMillis())
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data("{\"reason\":\"" + reason + "\"}").build());
        gone();
        try {
            sink.close();
        } catch (IllegalStateException alreadyClosed) {
            // the app went away first
        }
    }

    synchronized boolean isClosed() {
        return closed || sink.isClosed();
    }

    private void sendIfNew(LiveEvent event) {
        if (event.id() > lastSentId) {
            sendEvent(event);
        }
    }

    private void sendEvent(LiveEvent event) {
        lastSentId = event.id();
        send(sse.newEventBuilder().id(Long.toString(event.id())).name(event.type())
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(event.data()).build());
    }

    private void send(OutboundSseEvent event) {
        if (closed) {
            return;
        }
        if (sink.isClosed()) {
            gone();
            return;
        }
        try {
            sink.send(event).whenComplete((ignored, failure) -> {
                if (failure != null) {
                    gone();
                }
            });
        } catch (IllegalStateException alreadyClosed) {
            gone();
        }
    }

    private void gone() {
        boolean first;
        synchronized (this) {
            first = !closed;
            closed = true;
        }
        if (first) {
            onGone.accept(this);
        }
    }
}
