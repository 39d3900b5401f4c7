package org.tandem.notifications.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * FCM HTTP v1 and Google's OAuth 2.0 token endpoint at their HTTP boundary, on 127.0.0.1. The token
 * endpoint checks the JWT bearer grant (RS256 signature of the service account's key, iss, scope, aud);
 * messages:send checks the access token and answers what a test scripted for a registration token,
 * in the shapes firebase.google.com/docs/cloud-messaging/error-codes documents; 200 with the message
 * name otherwise.
 */
final class FcmStub {

    /** A scripted answer for one registration token. */
    record Answer(int status, String body, Map<String, String> headers, long delayMillis) {
    }

    static final String PROJECT = "tandem-test";
    static final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    static final Map<String, Answer> answers = new ConcurrentHashMap<>();
    static final AtomicInteger tokensIssued = new AtomicInteger();
    static volatile boolean refuseNextAccessToken;
    private static final Set<String> validAccessTokens = ConcurrentHashMap.newKeySet();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final PublicKey serviceAccountKey;
    private final String clientEmail;

    FcmStub(PublicKey serviceAccountKey, String clientEmail) throws IOException {
        this.serviceAccountKey = serviceAccountKey;
        this.clientEmail = clientEmail;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", this::token);
        server.createContext("/v1/projects/", this::send);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

    static String error(int code, String status, String message, String fcmErrorCode) {
        return """
                {"error":{"code":%d,"message":"%s","status":"%s","details":[{"@type":"type.googleapis.com/google.firebase.fcm.v1.FcmError","errorCode":"%s"}]}}"""
                .formatted(code, message, status, fcmErrorCode);
    }

    /** The access tokens already handed out stop working (as when Google revokes them). */
    static void revokeAccessTokens() {
        validAccessTokens.clear();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = Arrays.stream(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                .split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0],
                p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
        String problem = checkAssertion(form);
        if (problem != null || refuseNextAccessToken) {
            refuseNextAccessToken = false;
            respond(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"" + (problem == null ? "refused" : problem) + "\"}", Map.of());
            return;
        }
        String token = "ya29.stub-" + tokensIssued.incrementAndGet();
        validAccessTokens.add(token);
        respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}", Map.of());
    }

    private String checkAssertion(Map<String, String> form) {
        if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(form.get("grant_type"))) {
            return "unsupported grant_type";
        }
        String[] parts = form.getOrDefault("assertion", "").split("\\.");
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(serviceAccountKey);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rs256.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return "bad signature";
            }
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            long now = System.currentTimeMillis() / 1000;
            if (!"RS256".equals(header.path("alg").asText()) || !clientEmail.equals(claims.path("iss").asText())
                    || !GoogleAccessTokens.SCOPE.equals(claims.path("scope").asText())
                    || !claims.path("aud").asText().endsWith("/token")
                    || Math.abs(claims.path("iat").asLong() - now) > 60 || claims.path("exp").asLong() - claims.path("iat").asLong() > 3600) {
                return "bad claims";
            }
            return null;
        } catch (Exception e) {
            return "unreadable assertion";
        }
    }

    private void send(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !validAccessTokens.contains(auth.substring(7))) {
            respond(exchange, 401, """
                    {"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}}""", Map.of());
            return;
        }
        if (!exchange.getRequestURI().getPath().equals("/v1/projects/" + PROJECT + "/messages:send")) {
            respond(exchange, 404, error(404, "NOT_FOUND", "Requested entity was not found.", "UNSPECIFIED_ERROR"), Map.of());
            return;
        }
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        String token = body.path("message").path("token").asText();
        Answer answer = answers.get(token);
        if (answer != null && answer.delayMillis() > 0) {
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (answer == null || answer.status() == 200) {
            messages.add(body);
            respond(exchange, 200, "{\"name\":\"projects/" + PROJECT + "/messages/0:" + System.nanoTime() + "\"}", Map.of());
            return;
        }
        respond(exchange, answer.status(), answer.body(), answer.headers());
    }

    private static void respond(HttpExchange exchange, int status, String body, Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException clientGaveUp) {
            // the client's timeout ran out first
        }
        exchange.close();
    }
}
