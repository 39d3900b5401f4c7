package org.tandem.messaging.translation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A LibreTranslate-compatible server on 127.0.0.1 for tests: it answers {@code [target] text}, or
 * fails with a 500 while {@link #failing} is set, and remembers every request it was sent.
 */
public class LibreTranslateStub implements QuarkusTestResourceLifecycleManager {

    /** Runs the application against this stub, with the worker left to the test to call. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tandem.translation.poll-every", "off",
                    "tandem.translation.libretranslate.api-key", "test-key",
                    "tandem.translation.max-attempts", "3",
                    "tandem.translation.backoff", "PT1M");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LibreTranslateStub.class));
        }
    }

    static final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    static volatile boolean failing;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/translate", this::translate);
        server.start();
        return Map.of("tandem.translation.libretranslate.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void translate(HttpExchange exchange) throws IOException {
        JsonNode request = MAPPER.readTree(exchange.getRequestBody());
        requests.add(request);
        byte[] answer;
        int status;
        if (failing || !"POST".equals(exchange.getRequestMethod())) {
            status = 500;
            answer = "{\"error\": \"down for maintenance\"}".getBytes(StandardCharsets.UTF_8);
        } else {
            status = 200;
            answer = MAPPER.writeValueAsBytes(Map.of("translatedText",
                    "[" + request.path("target").asText() + "] " + request.path("q").asText()));
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }
}
