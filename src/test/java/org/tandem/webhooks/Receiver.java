package org.tandem.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A webhook receiver on a loopback port (the mocked boundary: somebody else's server). It records every
 * request exactly as received and answers what the test scripts per path: a status, headers, a body,
 * after a delay. Signatures are checked by the tests with an independent verifier ({@link NodeVerifier}).
 */
final class Receiver implements AutoCloseable {

    /** A request as it arrived. */
    record Received(String path, Map<String, String> headers, String body, long atNanos) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /** What to answer. */
    record Answer(int status, Map<String, String> headers, String body, Duration delay) {
        static Answer ok() {
            return new Answer(204, Map.of(), "", Duration.ZERO);
        }

        static Answer status(int status) {
            return new Answer(status, Map.of(), "", Duration.ZERO);
        }
    }

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Received, Answer>> scripts = new ConcurrentHashMap<>();

    Receiver() {
        this(0);
    }

    Receiver(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "webhook-receiver");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Received request = new Received(exchange.getRequestURI().getPath(), headers, body, System.nanoTime());
            received.add(request);
            Answer answer = scripts.getOrDefault(request.path(), r -> Answer.ok()).apply(request);
            try {
                Thread.sleep(answer.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            try {
                exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            } catch (IOException e) {
                // The sender hung up (a timeout or a bounded read): nothing to do.
            }
            exchange.close();
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    void answer(String path, Function<Received, Answer> script) {
        scripts.put(path, script);
    }

    void answer(String path, Supplier<Answer> script) {
        scripts.put(path, r -> script.get());
    }

    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
