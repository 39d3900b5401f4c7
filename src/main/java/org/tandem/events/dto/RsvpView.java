package org.tandem.events.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.platform.concurrency.Versioned;

/** A household's RSVP and where its party stands. */
@Schema(name = "Rsvp")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RsvpView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID eventId,
        @Schema(required = true, enumeration = {"yes", "no", "maybe"}) String answer,
        @Schema(required = true, enumeration = {"confirmed", "waitlisted", "not_attending", "maybe"}) String status,
        @Schema(required = true) int adultGuests,
        @Schema(required = true) int childGuests,
        @Schema(required = true, description = "The party's heads: the respondent and guests") int heads,
        String note,
        @Schema(description = "Place on the waitlist (1 = next) while waitlisted") Long waitlistPosition,
        @Schema(description = "When the party was promoted from the waitlist") Instant promotedAt,
        @Schema(required = true, description = "Who in the household answered last") String respondedBy,
        @Schema(required = true) Instant respondedAt,
        @Schema(required = true) long version) implements Versioned {
}
