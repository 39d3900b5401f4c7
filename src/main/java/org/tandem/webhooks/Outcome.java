package org.tandem.webhooks;

import java.time.Instant;

/**
 * What one attempt came to.
 *
 * @param kind       succeeded, failed (an answer other than 2xx), timeout, refused (SSRF rule, no secret,
 *                   connection refused) or gone (410: the endpoint is disabled)
 * @param statusCode the answer's status, or null when there was none
 * @param retryAfter the answer's Retry-After header, or null
 */
record Outcome(Claim claim, Instant at, String kind, Integer statusCode, int latencyMs, String excerpt, String error,
               String retryAfter) {

    boolean succeeded() {
        return "succeeded".equals(kind);
    }
}
