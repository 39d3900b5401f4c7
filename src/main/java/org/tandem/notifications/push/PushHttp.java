package org.tandem.notifications.push;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/** What the three providers share: bounded exchanges, Retry-After, and short answers for the ledger. */
final class PushHttp {

    /** An exchange's response, or why none came. */
    record Exchange(HttpResponse<String> response, PushResult failure) {
    }

    private PushHttp() {
    }

    static HttpClient client(PushSettings settings, HttpClient.Version version) {
        return HttpClient.newBuilder().version(version).connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends; a timeout or a network failure becomes a RETRY result (the device is not to blame). */
    static Exchange exchange(HttpClient client, HttpRequest request) {
        try {
            return new Exchange(client.send(request, HttpResponse.BodyHandlers.ofString()), null);
        } catch (HttpTimeoutException e) {
            return new Exchange(null, PushResult.retry(null, "timed out: " + e.getMessage(), null));
        } catch (IOException e) {
            return new Exchange(null, PushResult.retry(null, "connection failed: " + e.getClass().getSimpleName(), null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Exchange(null, PushResult.retry(null, "interrupted", null));
        }
    }

    /** Retry-After as delay-seconds or an HTTP-date (RFC 9110 §10.2.3); absent or unreadable is empty. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                    return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
                } catch (DateTimeParseException unreadable) {
                    return Optional.empty();
                }
            }
        });
    }

    static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }

    /** Shortens the body until the rendered payload fits the provider's limit (the title and routing stay whole). */
    static byte[] fit(PushMessage message, int limit, Function<PushMessage, byte[]> render) {
        byte[] payload = render.apply(message);
        String body = message.body();
        while (payload.length > limit && !body.isEmpty()) {
            int cut = Math.max(0, body.length() - Math.max(16, (payload.length - limit) + 1));
            if (cut > 0 && Character.isHighSurrogate(body.charAt(cut - 1))) {
                cut--;
            }
            body = body.substring(0, cut);
            payload = render.apply(message.withBody(body.isEmpty() ? "" : body + "…"));
        }
        return payload;
    }
}
