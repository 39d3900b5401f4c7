package org.tandem.events.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.platform.concurrency.Versioned;

/** An event as its audience and organizers see it. */
@Schema(name = "Event")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID schoolId,
        @Schema(required = true, enumeration = {"school", "class", "families"}) String audience,
        UUID classId,
        @Schema(description = "The chosen families' students (organizers only)") List<UUID> studentIds,
        @Schema(required = true) String title,
        String description,
        @Schema(required = true) String kind,
        @Schema(required = true, description = "Local start in `timeZone`", example = "2026-03-07T09:00") String startsAt,
        @Schema(required = true, description = "Local end in `timeZone`") String endsAt,
        @Schema(required = true) String timeZone,
        @Schema(required = true, description = "The start as an instant") Instant startsAtInstant,
        @Schema(required = true, description = "The end as an instant") Instant endsAtInstant,
        String place,
        String videoLink,
        Integer capacity,
        Instant rsvpDeadline,
        @Schema(required = true) boolean guestsAllowed,
        Integer maxGuests,
        @Schema(required = true) boolean cancelled,
        String cancelReason,
        @Schema(required = true, description = "Whether the caller organizes it (may edit, cancel and see RSVPs)")
        boolean organizer,
        @Schema(required = true, description = "iCalendar SEQUENCE: grows with each change") int sequence,
        @Schema(required = true) long version) implements Versioned {
}
