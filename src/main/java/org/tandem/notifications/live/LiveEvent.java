package org.tandem.notifications.live;

import java.util.UUID;

/**
 * One event of a person's live stream as stored: {@code id} is the SSE event id (and what the app
 * sends back as {@code Last-Event-ID}), {@code data} a small JSON object of ids and what to refresh.
 */
record LiveEvent(long id, UUID recipientId, String type, String data) {

    /** An event to store for one recipient. */
    record New(UUID tenantId, UUID recipientId, String type, String data) {
    }
}
