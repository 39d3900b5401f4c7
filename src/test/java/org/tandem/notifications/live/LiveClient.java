package org.tandem.notifications.live;

import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A test's app holding a live stream: the JDK's HTTP client reads the response, and the lines are
 * split into events as the Server-Sent Events section of the HTML standard says (field "id", "event",
 * "data", "retry"; a line starting with ":" is a comment; a blank line ends an event).
 */
final class LiveClient implements AutoCloseable {

    record Event(String id, String name, String data) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final int status;
    final String contentType;
    final String body;
    final List<String> comments = new CopyOnWriteArrayList<>();
    volatile Long retry;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final InputStream stream;
    private volatile boolean ended;

    private LiveClient(HttpResponse<InputStream> response) throws IOException {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("content-type").orElse("");
        this.stream = response.body();
        if (status != 200) {
            this.body = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            ended = true;
            return;
        }
        this.body = null;
        Thread.ofVirtual().start(this::read);
    }

    /**
     * Waits (5 s at most) until the live writer has stored the events of every change made so far. A
     * test that posts (a thread's first message, say) and then opens a stream calls it in between:
     * otherwise that post's event may be stored after the stream's {@code ready}, and so reach the stream
     * as live, which the stream's contract allows and the test does not expect.
     */
    static void awaitStoredUpdates() {
        LiveWriter writer = Arc.container().instance(LiveWriter.class).get();
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (writer.pending() > 0 && System.nanoTime() < until) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (writer.pending() > 0) {
            throw new AssertionError("the live writer still has " + writer.pending() + " changes to store after 5 s");
        }
    }

    static LiveClient bearer(String token, String lastEventId) {
        return open("/api/v1/live/events", token, lastEventId);
    }

    static LiveClient ticket(String ticket) {
        return open("/api/v1/live/events?ticket=" + ticket, null, null);
    }

    static LiveClient open(String path, String token, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new LiveClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next event (comments skipped), or null when none comes within the time. */
    Event next(Duration within) {
        try {
            return events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next event of this name; others before it are skipped. Fails when none comes in time. */
    Event await(String name, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Event event = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (event != null && event.name().equals(name)) {
                return event;
            }
        }
        throw new AssertionError("No " + name + " event within " + within);
    }

    /** Every event of these names that arrives within the time. */
    List<Event> collect(Duration within, String... names) {
        List<Event> found = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Event event = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (event != null && (names.length == 0 || Stream.of(names).anyMatch(event.name()::equals))) {
                found.add(event);
            }
        }
        return found;
    }

    boolean ended() {
        return ended;
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = null;
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, name == null ? "message" : name, data.toString()));
                    }
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).trim());
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        case "retry" -> retry = Long.parseLong(value);
                        default -> { }
                    }
                }
            }
        } catch (IOException e) {
            // the stream was closed
        } finally {
            ended = true;
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
