package org.tandem.notifications.channel;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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

    /**
     * Of these people, the ones this channel has an address for now (one query for them all). The
     * fan-out skips the channel for the others at once (their ledger row says so) instead of queuing an
     * attempt that can only fall back: for an announcement to families who mostly have no app, that is
     * a claim, a lookup and a transaction less per family. Whoever it names may still turn out to have no
     * address when the attempt runs (a device removed meanwhile): {@link #deliver} answers that as before.
     */
    default Set<UUID> reachable(UUID tenantId, Collection<UUID> people) {
        return Set.copyOf(people);
    }

    /**
     * Why this server cannot use the channel at all (email without an SMTP server), or null when it
     * can. The fan-out then writes the channel's ledger rows as skipped with this answer and goes on to
     * the next channel, instead of queuing attempts that can only fail one by one.
     */
    default String unavailable() {
        return null;
    }
}
