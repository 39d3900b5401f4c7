package org.tandem.notifications.channel;

import java.util.List;

/**
 * One way of reaching a person ("push", "email", "in_app"). The delivery worker calls it outside any
 * request and outside any database transaction it holds, with one notification for one recipient; the
 * channel finds that person's addresses on this channel (devices, push subscriptions, an email
 * address) and answers one outcome per address. No address at all is one {@link DeliveryOutcome.Status#NO_ADDRESS}
 * outcome, which lets the worker fall back to the next channel. Implementations are CDI beans; the
 * worker finds them by {@link #name()}.
 */
public interface NotificationChannel {

    /** The channel's name in preferences and in the delivery ledger. */
    String name();

    List<DeliveryOutcome> deliver(OutgoingNotification notification);
}
