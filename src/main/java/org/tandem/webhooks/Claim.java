package org.tandem.webhooks;

import java.util.UUID;

/** A delivery this instance claimed to send now (held from the others for the claim's lease). */
record Claim(String tenant, UUID deliveryId, UUID endpointId, String url, long eventId, int attemptsMade, boolean manual) {
}
