package org.tandem.events.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** What organizers set on an event, validated: local times with their zone and the instants they name. */
public record EventDetails(String title, String description, String kind, LocalDateTime startsLocal, LocalDateTime endsLocal,
                    ZoneId zone, Instant startsAt, Instant endsAt, String place, String videoLink, Integer capacity,
                    Instant rsvpDeadline, boolean guestsAllowed, Integer maxGuests) {
}
