package org.tandem.notifications.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.PfxOptions;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * APNs at its HTTP boundary: HTTP/2 only, over TLS (ALPN h2) with its own certificate on 127.0.0.1.
 * It checks the provider token (ES256 signature of the .p8 key, kid, iss = team id) and the request's
 * headers, and answers what a test scripted for a device token in the shapes Apple documents
 * ({"reason": "..."} and, for 410, a timestamp); 200 with an apns-id otherwise.
 */
final class ApnsStub {

    /** One request as the gateway saw it. */
    record Received(HttpVersion version, String authority, String token, Map<String, String> headers, JsonNode payload) {
    }

    record Answer(int status, String reason, Map<String, String> headers, long delayMillis) {
    }

    static final String TEAM_ID = "TEAM123456";
    static final String KEY_ID = "KEY7654321";
    static final List<Received> received = new CopyOnWriteArrayList<>();
    static final Map<String, Answer> answers = new ConcurrentHashMap<>();
    /** Provider tokens the gateway has seen, to check they are reused rather than signed per request. */
    static final java.util.Set<String> providerTokens = ConcurrentHashMap.newKeySet();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final PublicKey signingKey;

    ApnsStub(String keyStore, String password, PublicKey signingKey) throws Exception {
        this.signingKey = signingKey;
        HttpServerOptions options = new HttpServerOptions().setSsl(true).setUseAlpn(true)
                .setAlpnVersions(List.of(HttpVersion.HTTP_2))
                .setKeyCertOptions(new PfxOptions().setPath(keyStore).setPassword(password))
                .setHost("127.0.0.1").setPort(0);
        server = vertx.createHttpServer(options)
                .requestHandler(request -> request.body().onSuccess(body -> handle(request, body.toString(StandardCharsets.UTF_8))))
                .listen().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    int port() {
        return server.actualPort();
    }

    void stop() {
        vertx.close();
    }

    private void handle(HttpServerRequest request, String body) {
        String path = request.path();
        if (!path.startsWith("/3/device/") || !request.method().name().equals("POST")) {
            answer(request, 404, "BadPath", Map.of());
            return;
        }
        String token = path.substring("/3/device/".length());
        String authorization = request.getHeader("authorization");
        String problem = checkProviderToken(authorization);
        if (problem != null) {
            answer(request, 403, problem, Map.of());
            return;
        }
        if (request.getHeader("apns-topic") == null) {
            answer(request, 400, "MissingTopic", Map.of());
            return;
        }
        if (!"alert".equals(request.getHeader("apns-push-type"))) {
            answer(request, 400, "InvalidPushType", Map.of());
            return;
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > ApnsProvider.MAX_PAYLOAD) {
            answer(request, 413, "PayloadTooLarge", Map.of());
            return;
        }
        Answer scripted = answers.get(token);
        Runnable reply = () -> {
            if (scripted == null || scripted.status() == 200) {
                try {
                    Map<String, String> headers = new java.util.TreeMap<>();
                    request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(java.util.Locale.ROOT), h.getValue()));
                    received.add(new Received(request.version(), request.authority() == null ? request.host()
                            : request.authority().toString(), token, headers, JSON.readTree(body)));
                } catch (Exception e) {
                    answer(request, 400, "PayloadEmpty", Map.of());
                    return;
                }
                request.response().putHeader("apns-id", UUID.randomUUID().toString().toUpperCase()).setStatusCode(200).end();
            } else {
                answer(request, scripted.status(), scripted.reason(), scripted.headers());
            }
        };
        if (scripted != null && scripted.delayMillis() > 0) {
            vertx.setTimer(scripted.delayMillis(), t -> reply.run());
        } else {
            reply.run();
        }
    }

    private String checkProviderToken(String authorization) {
        if (authorization == null || !authorization.startsWith("bearer ")) {
            return "MissingProviderToken";
        }
        String jwt = authorization.substring("bearer ".length());
        String[] parts = jwt.split("\\.");
        try {
            Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
            es256.initVerify(signingKey);
            es256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (!es256.verify(Base64.getUrlDecoder().decode(parts[2])) || !"ES256".equals(header.path("alg").asText())
                    || !KEY_ID.equals(header.path("kid").asText()) || !TEAM_ID.equals(claims.path("iss").asText())) {
                return "InvalidProviderToken";
            }
            if (claims.path("iat").asLong() < System.currentTimeMillis() / 1000 - 3600) {
                return "ExpiredProviderToken";
            }
            providerTokens.add(jwt);
            return null;
        } catch (Exception e) {
            return "InvalidProviderToken";
        }
    }

    private static void answer(HttpServerRequest request, int status, String reason, Map<String, String> headers) {
        String body = status == 410
                ? "{\"reason\":\"" + reason + "\",\"timestamp\":" + System.currentTimeMillis() + "}"
                : "{\"reason\":\"" + reason + "\"}";
        headers.forEach(request.response()::putHeader);
        request.response().putHeader("apns-id", UUID.randomUUID().toString().toUpperCase())
                .putHeader("content-type", "application/json").setStatusCode(status).end(body);
    }
}
