package org.tandem.notifications.channel;

import java.time.Duration;

/**
 * What became of one notification at one address of a channel.
 *
 * @param address        which address: a device or subscription id, or a masked email; never a push token
 * @param providerStatus the provider's HTTP status (or SMTP reply code), null when none was reached
 * @param providerAnswer a short excerpt of the provider's answer, for the delivery ledger
 * @param retryAfter     when the provider said when to retry ({@code Retry-After}); null otherwise
 */
public record DeliveryOutcome(Status status, String address, Integer providerStatus, String providerAnswer,
                              Duration retryAfter) {

    public enum Status {
        /** Handed to the provider, which accepted it. */
        SENT,
        /** The provider confirmed delivery to the device or mailbox. */
        DELIVERED,
        /** Worth retrying later (timeouts, 429, 5xx). */
        RETRY,
        /** Will never succeed at this address (bad request, unregistered device: the channel pruned it). */
        FAILED,
        /** The recipient has no address on this channel: try the next one. */
        NO_ADDRESS
    }

    public static DeliveryOutcome noAddress() {
        return new DeliveryOutcome(Status.NO_ADDRESS, null, null, null, null);
    }
}
