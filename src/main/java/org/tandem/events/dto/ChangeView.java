package org.tandem.events.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change the teacher made to a household's booking. */
@Schema(name = "ConferenceChange")
public record ChangeView(@Schema(required = true) UUID id, @Schema(required = true) UUID conferenceId,
                         @Schema(required = true) UUID bookingId, @Schema(required = true) UUID studentId,
                         @Schema(required = true, enumeration = {"moved"}) String kind,
                         @Schema(required = true) Instant fromStartsAt, @Schema(required = true) Instant toStartsAt,
                         @Schema(required = true) Instant changedAt) {
}
