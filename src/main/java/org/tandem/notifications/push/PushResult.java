package org.tandem.notifications.push;

import java.time.Duration;

/**
 * A push service's answer for one device.
 *
 * @param status     the HTTP status, null when no answer came (timeout, connection refused)
 * @param answer     a short excerpt for the delivery ledger (the provider's reason, never the token)
 * @param retryAfter the provider's {@code Retry-After}, when it gave one
 */
public record PushResult(Kind kind, Integer status, String answer, Duration retryAfter) {

    public enum Kind {
        /** The push service took it. */
        ACCEPTED,
        /** The device or subscription is gone for good (404/410, UNREGISTERED, BadDeviceToken): forget it. */
        GONE,
        /** This notification will never be accepted (a payload the service refuses), the device may still work. */
        REJECTED,
        /** Try again later: throttled, unavailable, timed out. */
        RETRY
    }

    static PushResult accepted(int status, String answer) {
        return new PushResult(Kind.ACCEPTED, status, answer, null);
    }

    static PushResult gone(int status, String answer) {
        return new PushResult(Kind.GONE, status, answer, null);
    }

    static PushResult rejected(Integer status, String answer) {
        return new PushResult(Kind.REJECTED, status, answer, null);
    }

    static PushResult retry(Integer status, String answer, Duration retryAfter) {
        return new PushResult(Kind.RETRY, status, answer, retryAfter);
    }
}
