package org.tandem.notifications;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How notifications are fanned out from the outbox and delivered, retried and digested. */
@ConfigMapping(prefix = "tandem.notifications")
public interface NotificationSettings {

    /** Whether this instance runs the workers (fan-out, delivery, digests); every instance may. */
    @WithDefault("true")
    boolean workersEnabled();

    /** How often the workers look for work (a duration such as 1s). */
    @WithDefault("1s")
    String pollEvery();

    /** Outbox events handled per fan-out transaction. */
    @WithDefault("50")
    int fanOutBatch();

    /** Deliveries claimed per worker round. */
    @WithDefault("200")
    int deliveryBatch();

    /** Concurrent sends per worker round (a slow provider holds one of them, not the round). */
    @WithDefault("8")
    int senders();

    /** Attempts before a delivery is given up as failed. */
    @WithDefault("6")
    int maxAttempts();

    /** The wait after the first failure; it doubles after each further one, up to {@link #maxBackoff()}. */
    @WithDefault("PT30S")
    Duration backoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** How long a claimed delivery is reserved for the instance sending it; after that another may retry it. */
    @WithDefault("PT2M")
    Duration lease();

    /** How often the digest worker looks for digests that are due. */
    @WithDefault("1m")
    String digestEvery();

    /** The app's base URL, for links in emails (a notification's link is appended). */
    @WithDefault("http://localhost:8080")
    String appUrl();
}
