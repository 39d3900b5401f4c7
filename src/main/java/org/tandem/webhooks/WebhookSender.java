package org.tandem.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.standardwebhooks.Webhook;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.tandem.platform.outbox.DomainEvent;

/**
 * Sends one delivery, signed per Standard Webhooks 1.0 with the official library: headers
 * {@code webhook-id} (the event's id, the same on every retry and replay, for deduplication),
 * {@code webhook-timestamp} (this attempt, Unix seconds) and {@code webhook-signature} (one {@code v1,}
 * signature per secret that signs now: two during a rotation's overlap). Redirects are never followed,
 * the answer is read up to a bound, and every attempt has a deadline.
 */
@ApplicationScoped
class WebhookSender {

    private final HttpClient http;
    private final ObjectMapper json;
    private final TargetGuard guard;
    private final WebhookSettings settings;
    private final Clock clock;

    WebhookSender(ObjectMapper json, TargetGuard guard, WebhookSettings settings, Clock clock) {
        this.json = json;
        this.guard = guard;
        this.settings = settings;
        this.clock = clock;
        ExecutorService executor = Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon().name("webhook-http-", 0).factory());
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).executor(executor).build();
    }

    /** The webhook-id of an event: stable, and without the dots Standard Webhooks forbids in it. */
    static String messageId(long eventId) {
        return "evt_" + eventId;
    }

    /** The body: {@code {type, timestamp, data}}, exactly the bytes that are signed. */
    String body(DomainEvent event) {
        try {
            ObjectNode body = json.createObjectNode();
            body.put("type", event.type());
            body.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
            body.set("data", json.readTree(event.data()));
            return json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException("An outbox event's data is not JSON", e);
        }
    }

    /** Starts the attempt; the future never fails (a failure is an {@link Outcome}). */
    CompletableFuture<Outcome> send(Claim claim, DomainEvent event, List<String> secrets) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        try {
            if (secrets.isEmpty()) {
                return CompletableFuture.completedFuture(outcome(claim, started, t0, "refused", null, null, "The endpoint has no signing secret", null));
            }
            URI uri = guard.parse(claim.url());
            guard.checkAddresses(uri);
            String body = body(event);
            String id = messageId(claim.eventId());
            long timestamp = started.getEpochSecond();
            StringBuilder signatures = new StringBuilder();
            for (String secret : secrets) {
                signatures.append(signatures.isEmpty() ? "" : " ").append(new Webhook(secret).sign(id, timestamp, body));
            }
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                    .header("content-type", "application/json").header("user-agent", "Tandem-Webhooks/1")
                    .header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signatures.toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            return http.sendAsync(request, BoundedBody.handler(settings.maxResponseBytes())).handle((response, failure) -> {
                if (failure != null) {
                    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                    String kind = cause instanceof HttpTimeoutException ? "timeout" : cause instanceof ConnectException ? "refused" : "failed";
                    return outcome(claim, started, t0, kind, null, null, describe(cause), null);
                }
                int status = response.statusCode();
                String kind = status >= 200 && status < 300 ? "succeeded" : status == 410 ? "gone" : "failed";
                String excerpt = excerpt(response.body());
                return outcome(claim, started, t0, kind, status, excerpt, null, response.headers().firstValue("retry-after").orElse(null));
            });
        } catch (TargetGuard.Refused refused) {
            return CompletableFuture.completedFuture(outcome(claim, started, t0, "refused", null, null, "The URL " + refused.getMessage(), null));
        } catch (Exception e) {
            return CompletableFuture.completedFuture(outcome(claim, started, t0, "failed", null, null, describe(e), null));
        }
    }

    private static Outcome outcome(Claim claim, Instant at, long t0, String kind, Integer status, String excerpt, String error,
                                   String retryAfter) {
        int latency = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - t0) / 1_000_000);
        return new Outcome(claim, at, kind, status, latency, excerpt, error == null ? null : truncate(error, 500), retryAfter);
    }

    private static String excerpt(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        String text = new String(body, StandardCharsets.UTF_8).replace("\u0000", "");
        return truncate(text, 1024);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
