package org.tandem.events.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A slot: local times in the conference's zone, and whether it can be booked. */
@Schema(name = "ConferenceSlot")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlotView(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "2026-03-10T15:00") String startsAt,
        @Schema(required = true) String endsAt,
        @Schema(required = true) Instant startsAtInstant,
        @Schema(required = true) Instant endsAtInstant,
        @Schema(required = true) boolean blocked,
        @Schema(required = true, description = "Free to book: not blocked, not booked, not past") boolean available,
        @Schema(description = "The booking: every booking for the teacher, the household's own for a family") BookingView booking) {
}
