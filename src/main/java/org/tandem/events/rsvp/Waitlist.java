package org.tandem.events.rsvp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import org.tandem.events.event.Event;
import org.tandem.events.event.EventChanged;
import java.util.Map;
import org.tandem.platform.outbox.DomainEventType;
import org.tandem.platform.outbox.DomainEvents;
import org.tandem.platform.problem.ApiException;

/**
 * Keeps an event's places and waitlist settled after a larger capacity: each waiting party that fits
 * the free places is confirmed, in order of arrival. Runs with the event's row locked, so no two
 * changes settle at once and no free place is left while a waiting party fits. An answer settles
 * the waitlist by the same rule inside its own statement ({@link RsvpAnswers}).
 */
@ApplicationScoped
class Waitlist {

    private final RsvpRepository rsvps;
    private final Clock clock;
    private final DomainEvents domainEvents;

    Waitlist(RsvpRepository rsvps, Clock clock, DomainEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.rsvps = rsvps;
        this.clock = clock;
    }

    /**
     * Confirms, in order, every waiting party that fits. Only parties no larger than the free places
     * are read (none at all while the event is full), so a long waitlist costs nothing under the lock.
     */
    void settle(Event event) {
        rsvps.flush();
        int free = event.capacity() == null ? Integer.MAX_VALUE : event.capacity() - rsvps.confirmedHeads(event.id());
        if (free <= 0) {
            return;
        }
        for (Rsvp waiting : rsvps.waitingThatFit(event.id(), free)) {
            if (waiting.heads() <= free) {
                waiting.promote(clock.instant());
                free -= waiting.heads();
                domainEvents.publish(DomainEventType.RSVP_PROMOTED, waiting.id(), null, Map.of("eventId",
                        event.id().toString(), "rsvpId", waiting.id().toString(), "householdKey",
                        waiting.householdKey().toString()));
            }
        }
        rsvps.flush();
    }

    void onEventChanged(@Observes EventChanged changed) {
        Event event = changed.event();
        if (event.capacity() != null && rsvps.confirmedHeads(event.id()) > event.capacity()) {
            throw ApiException.conflict("capacity_below_confirmed",
                    "The capacity is below the heads already confirmed (" + rsvps.confirmedHeads(event.id()) + ")");
        }
        settle(event);
    }
}
