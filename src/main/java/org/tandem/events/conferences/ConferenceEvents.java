package org.tandem.events.conferences;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tandem.platform.outbox.DomainEventType;
import org.tandem.platform.outbox.DomainEvents;

/**
 * Appends a booking's domain events (booked, moved, cancelled) in the transaction of the change: the
 * booking's identifiers and times, which tell notifications whom to tell (the household and the
 * conference's teacher) and webhooks what changed.
 */
@ApplicationScoped
class ConferenceEvents {

    private final DomainEvents events;

    ConferenceEvents(DomainEvents events) {
        this.events = events;
    }

    void publish(DomainEventType type, ConferenceBooking booking, UUID actorId, Instant previousStart) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("bookingId", booking.id().toString());
        data.put("conferenceId", booking.conferenceId().toString());
        data.put("slotId", booking.slotId().toString());
        data.put("studentId", booking.studentId().toString());
        data.put("householdKey", booking.householdKey().toString());
        data.put("startsAt", booking.startsAt().toString());
        data.put("endsAt", booking.endsAt().toString());
        if (previousStart != null) {
            data.put("previousStartsAt", previousStart.toString());
        }
        events.publish(type, booking.id(), actorId, data);
    }
}
