package org.tandem.notifications.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The npm package web-push-testing (tools/web-push-testing, pinned by its lock file): an independent
 * push service on loopback that hands out subscriptions like a browser would, checks the VAPID
 * signature of what it is sent, decrypts the aes128gcm payload with the subscription's private key and
 * keeps the plaintext. Installed with npm ci when missing; a machine without Node.js fails with a clear
 * message rather than skipping the end-to-end proof.
 */
final class WebPushTestingService implements AutoCloseable {

    /** A subscription as a browser would hand it to the app, and the service's name for it. */
    record Subscription(String endpoint, String p256dh, String auth, String clientHash) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Process process;
    private final int port;

    private WebPushTestingService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static WebPushTestingService start() {
        Path dir = Path.of("tools/web-push-testing").toAbsolutePath();
        Path server = dir.resolve("node_modules/web-push-testing/src/bin/server.js");
        if (!Files.exists(server)) {
            run(dir, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        }
        int port = freePort();
        try {
            Process process = new ProcessBuilder("node", server.toString(), Integer.toString(port)).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(new File("target/web-push-testing.log")).start();
            WebPushTestingService service = new WebPushTestingService(process, port);
            service.awaitUp();
            return service;
        } catch (IOException e) {
            throw new IllegalStateException("The Web Push end-to-end test needs Node.js (node) to run web-push-testing: "
                    + "install nodejs and npm (apt-get install nodejs npm)", e);
        }
    }

    private static void run(Path dir, String... command) {
        try {
            Process npm = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm ci in " + dir + " failed: see the output above");
            }
        } catch (IOException e) {
            throw new IllegalStateException("The Web Push end-to-end test installs web-push-testing with npm, which is "
                    + "missing: install nodejs and npm (apt-get install nodejs npm), or run make push-testing", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitUp() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("web-push-testing exited: see target/web-push-testing.log");
            }
            try {
                if (post("/status", "{}").statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("web-push-testing did not start in 20 s: see target/web-push-testing.log");
    }

    /** Subscribes like pushManager.subscribe({applicationServerKey}) in a browser. */
    Subscription subscribe(String applicationServerKey) {
        HttpResponse<String> response = post("/subscribe",
                JSON.createObjectNode().put("applicationServerKey", applicationServerKey).toString());
        JsonNode data = read(response).path("data");
        return new Subscription(data.path("endpoint").asText(), data.path("keys").path("p256dh").asText(),
                data.path("keys").path("auth").asText(), data.path("clientHash").asText());
    }

    /** The decrypted payloads the service received for a subscription. */
    List<String> messages(String clientHash) {
        JsonNode data = read(post("/get-notifications", JSON.createObjectNode().put("clientHash", clientHash).toString()));
        List<String> messages = new ArrayList<>();
        data.path("data").path("messages").forEach(m -> messages.add(m.asText()));
        return messages;
    }

    /** The browser unsubscribed: the service answers 410 from now on. */
    void expire(String clientHash) {
        post("/expire-subscription/" + clientHash, "{}");
    }

    private HttpResponse<String> post(String path, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("web-push-testing answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
