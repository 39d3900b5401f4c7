package org.tandem.roster;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The waits between attempts of a request to a OneRoster provider: exponential (the initial wait,
 * doubled per retry, capped) with "equal jitter" (half the wait fixed, half random), so that many
 * districts' pulls retrying a provider that was down for a minute do not all come back in the same
 * second; and the provider's own Retry-After (seconds or an HTTP date, RFC 9110 §10.2.3) when it sends one.
 */
final class Backoff {

    private final Duration initial;
    private final Duration max;

    Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    /** The wait before attempt {@code attempt} (2 = the first retry). */
    Duration before(int attempt) {
        long cap = max.toMillis();
        long base = Math.min(cap, initial.toMillis() << Math.min(20, Math.max(0, attempt - 2)));
        long half = base / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    /** The provider's Retry-After, if it sent one that can be read (a date in the past is no wait). */
    static Duration retryAfter(HttpHeaders headers, Instant now) {
        String value = headers.firstValue("Retry-After").map(String::strip).orElse(null);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() > 9 ? Duration.ofDays(365) : Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderFailure("The pull was interrupted (the instance is stopping)");
        }
    }
}
