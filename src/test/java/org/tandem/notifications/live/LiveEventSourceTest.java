package org.tandem.notifications.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.messaging.Messaging;
import org.tandem.testsupport.TestDistrict;

/**
 * The browser's way in, checked with another implementation of the standard: npm's {@code eventsource}
 * (the WHATWG EventSource interface for Node) opens the stream with a ticket, as a web app does, and
 * must see our events, their names, data and ids as we meant them (tools/eventsource-check).
 */
@QuarkusTest
class LiveEventSourceTest {

    private static final Path TOOL = Path.of("tools", "eventsource-check");

    @BeforeAll
    static void install() throws IOException, InterruptedException {
        if (Files.isDirectory(TOOL.resolve("node_modules").resolve("eventsource"))) {
            return;
        }
        Process npm;
        try {
            npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error").directory(TOOL.toFile())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("LiveEventSourceTest needs node and npm (apt-get install nodejs npm): " + e.getMessage(), e);
        }
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            throw new IllegalStateException("npm ci in " + TOOL + " failed (the npm registry must be reachable once):\n" + output);
        }
    }

    @Test
    void aBrowsersEventSourceOpensTheStreamWithATicketAndReadsOurEvents() throws Exception {
        TestDistrict d = TestDistrict.create();
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "hello");
        LiveClient.awaitStoredUpdates();
        String ticket = LiveTicketTest.ticket(d.guardianA());
        Process node = new ProcessBuilder("node", "listen.js",
                "http://localhost:" + RestAssured.port + "/api/v1/live/events?ticket=" + ticket)
                .directory(TOOL.toFile()).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (IOException e) {
                // the process ended
            }
        });
        try {
            assertEquals("open", await(lines, "open").getString("type"));
            JsonPath ready = await(lines, "ready");
            assertTrue(Long.parseLong(ready.getString("lastEventId")) >= 0);
            String message = Messaging.post(d.teacherA(), thread, "From the browser's point of view").then().statusCode(201)
                    .extract().path("id");
            JsonPath posted = await(lines, "message.posted");
            JsonPath data = JsonPath.from(posted.getString("data"));
            assertEquals(thread, data.getString("threadId"));
            assertEquals(message, data.getString("messageId"));
            assertTrue(Long.parseLong(posted.getString("lastEventId")) > Long.parseLong(ready.getString("lastEventId")),
                    "EventSource keeps the id it will send back as Last-Event-ID");
        } finally {
            node.destroy();
        }
    }

    private static JsonPath await(BlockingQueue<String> lines, String type) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            seen.append(line).append('\n');
            if (line.startsWith("{")) {
                JsonPath json = JsonPath.from(line);
                if (type.equals(json.getString("type"))) {
                    return json;
                }
            }
        }
        fail("EventSource reported no " + type + "; it printed:\n" + seen);
        return null;
    }
}
