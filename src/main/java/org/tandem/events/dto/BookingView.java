package org.tandem.events.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A booked conference slot. */
@Schema(name = "ConferenceBooking")
public record BookingView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID conferenceId,
        @Schema(required = true) UUID slotId,
        @Schema(required = true) UUID studentId,
        @Schema(required = true, description = "Local start in `timeZone`") String startsAt,
        @Schema(required = true) String endsAt,
        @Schema(required = true) String timeZone,
        @Schema(required = true) Instant startsAtInstant,
        @Schema(required = true) Instant endsAtInstant,
        @Schema(required = true, description = "Who booked it (display name)") String bookedBy,
        @Schema(required = true, description = "Grows with each move of the booking (iCalendar SEQUENCE)") int sequence) {
}
