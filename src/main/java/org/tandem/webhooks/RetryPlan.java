package org.tandem.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed attempt is tried again: the configured schedule (exponential-ish, Standard Webhooks'
 * example: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h) spread by ±jitter, or later if the
 * receiver asked for it with {@code Retry-After} (seconds or an HTTP date; at most {@code maxRetryAfter}).
 * After the last wait the delivery has failed.
 */
final class RetryPlan {

    private final List<Duration> schedule;
    private final double jitter;
    private final Duration maxRetryAfter;

    RetryPlan(WebhookSettings settings) {
        this(settings.retrySchedule(), settings.jitter(), settings.maxRetryAfter());
    }

    RetryPlan(List<Duration> schedule, double jitter, Duration maxRetryAfter) {
        this.schedule = List.copyOf(schedule);
        this.jitter = Math.max(0, Math.min(jitter, 0.9));
        this.maxRetryAfter = maxRetryAfter;
    }

    /** The most attempts a delivery gets from the schedule (the first one and a retry per wait). */
    int attempts() {
        return schedule.size() + 1;
    }

    /**
     * The next attempt after the {@code attemptsMade}-th failed, or null when none is left.
     *
     * @param retryAfter the receiver's Retry-After header, or null
     */
    Instant next(Instant now, int attemptsMade, String retryAfter) {
        if (attemptsMade >= attempts()) {
            return null;
        }
        Duration wait = schedule.get(Math.max(0, attemptsMade - 1));
        long millis = wait.toMillis();
        long spread = (long) (millis * jitter);
        long jittered = spread == 0 ? millis : millis - spread + ThreadLocalRandom.current().nextLong(2 * spread + 1);
        Instant planned = now.plusMillis(jittered);
        Instant asked = retryAfter(now, retryAfter);
        return asked != null && asked.isAfter(planned) ? asked : planned;
    }

    /** The instant a Retry-After header names (capped), or null when it is absent or unreadable. */
    Instant retryAfter(Instant now, String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Instant asked;
        String value = header.strip();
        try {
            asked = value.chars().allMatch(Character::isDigit) && value.length() < 10
                    ? now.plusSeconds(Long.parseLong(value))
                    : ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
        Instant cap = now.plus(maxRetryAfter);
        return asked.isAfter(cap) ? cap : asked;
    }
}
