package org.tandem.platform.idempotency;

/** What the store knows of a key: who holds it, for which request, and the response once there is one. */
record IdempotencyRecord(String fingerprint, boolean completed, boolean stale, int status, String contentType,
                         byte[] body, String location, String etag) {
}
