package org.tandem.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.tandem.platform.outbox.DomainEventType;
import org.tandem.platform.outbox.DomainEvents;

/**
 * Appends an event's domain events (created, changed, cancelled) in the transaction of the change:
 * the event's identifiers, audience and times, and for a change which parts changed ({@code time},
 * {@code place}, {@code details}), so notifications tell families what matters to them.
 */
@ApplicationScoped
class EventEvents {

    /** What a change is compared against: the parts families care about, before the change. */
    record Before(java.time.Instant startsAt, java.time.Instant endsAt, String place, String videoLink, String title,
                  String description) {
        static Before of(Event e) {
            return new Before(e.startsAt(), e.endsAt(), e.place(), e.videoLink(), e.title(), e.description());
        }
    }

    private final DomainEvents events;

    EventEvents(DomainEvents events) {
        this.events = events;
    }

    void created(Event event, UUID actorId) {
        events.publish(DomainEventType.EVENT_CREATED, event.id(), actorId, data(event));
    }

    void cancelled(Event event, UUID actorId) {
        events.publish(DomainEventType.EVENT_CANCELLED, event.id(), actorId, data(event));
    }

    /** Publishes {@code event.changed} when anything families see changed; a no-op save publishes nothing. */
    void changed(Event event, Before before, UUID actorId) {
        List<String> changed = new ArrayList<>();
        if (!before.startsAt().equals(event.startsAt()) || !before.endsAt().equals(event.endsAt())) {
            changed.add("time");
        }
        if (!Objects.equals(before.place(), event.place()) || !Objects.equals(before.videoLink(), event.videoLink())) {
            changed.add("place");
        }
        if (!Objects.equals(before.title(), event.title()) || !Objects.equals(before.description(), event.description())) {
            changed.add("details");
        }
        if (changed.isEmpty()) {
            return;
        }
        Map<String, Object> data = data(event);
        data.put("changed", changed);
        events.publish(DomainEventType.EVENT_CHANGED, event.id(), actorId, data);
    }

    private static Map<String, Object> data(Event event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("eventId", event.id().toString());
        data.put("schoolId", event.schoolId().toString());
        data.put("audience", event.audience());
        if (event.classId() != null) {
            data.put("classId", event.classId().toString());
        }
        data.put("startsAt", event.startsAt().toString());
        data.put("endsAt", event.endsAt().toString());
        return data;
    }
}
