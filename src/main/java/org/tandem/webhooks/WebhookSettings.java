package org.tandem.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Webhook delivery: where it may go, how long it waits, how it retries. */
@ConfigMapping(prefix = "tandem.webhooks")
public interface WebhookSettings {

    /** Whether the fan-out and the dispatcher run on this instance (the benchmark's client profile turns them off). */
    @WithDefault("true")
    boolean enabled();

    /** Whether plain http URLs are accepted (local development and tests only; production is https only). */
    @WithDefault("false")
    boolean allowHttp();

    /**
     * Whether a URL may resolve to a loopback, private (RFC 1918, unique local), link-local or otherwise
     * internal address (SSRF protection). Only for tests and local development against a local receiver.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    @WithDefault("PT5S")
    Duration connectTimeout();

    /** One attempt, the answer included; past it the attempt counts as a timeout and is retried. */
    @WithDefault("PT15S")
    Duration requestTimeout();

    /** The most bytes of an answer read (the rest is discarded unread); the first 1 KiB is kept as the excerpt. */
    @WithDefault("4096")
    int maxResponseBytes();

    /**
     * The wait before each retry, after the first attempt (Standard Webhooks' example schedule, about 3
     * days in all); each wait is spread by ±{@link #jitter()}. After the last one the delivery has failed.
     */
    @WithDefault("PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT14H,PT20H,PT24H")
    List<Duration> retrySchedule();

    /** The fraction each wait may be shortened or lengthened by at random, so retries do not arrive in step. */
    @WithDefault("0.2")
    double jitter();

    /** The longest wait a receiver's Retry-After may ask for (a longer one is cut to this). */
    @WithDefault("PT24H")
    Duration maxRetryAfter();

    /** An endpoint whose every attempt failed for this long is disabled and its owner told. */
    @WithDefault("P5D")
    Duration disableAfter();

    /** How long the old secret keeps signing after a rotation, unless the rotation says otherwise. */
    @WithDefault("PT24H")
    Duration rotationOverlap();

    /** Deliveries one instance sends at the same time, in all. */
    @WithDefault("64")
    int maxInFlight();

    /**
     * The most deliveries one instance sends to one endpoint at the same time: its {@link SendWindow}
     * starts at 8 (or this, if lower), widens up to this while the endpoint keeps up and halves when it
     * struggles (a slow endpoint holds only its own window).
     */
    @WithDefault("32")
    int maxInFlightPerEndpoint();

    /** How long a claimed delivery is held before another instance may send it again (a crash mid-send). */
    @WithDefault("PT2M")
    Duration claimLease();

    /** How often each instance looks for new outbox events to fan out (read by {@code WebhookFanOut}'s annotation). */
    @WithDefault("1s")
    String fanOutEvery();

    /** Events fanned out per outbox batch. */
    @WithDefault("500")
    int fanOutBatch();

    /** The key webhook secrets are sealed with at rest (AES-GCM key derived from it). */
    String secretKey();
}
