package org.tandem.events.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to a household's booking: a teacher's move or a cancellation. */
@Schema(name = "ConferenceChange")
public record ChangeView(@Schema(required = true) UUID id, @Schema(required = true) UUID conferenceId,
                         @Schema(required = true) UUID bookingId, @Schema(required = true) UUID studentId,
                         @Schema(required = true, enumeration = {"moved", "cancelled"},
                                 description = "`moved`: the teacher moved the slot (a snow day); `cancelled`: the"
                                         + " booking was cancelled (by the household or the teacher)") String kind,
                         @Schema(required = true) Instant fromStartsAt, @Schema(required = true, description = "Where the booking moved to; for a cancellation, the"
                                 + " time it held (as `fromStartsAt`)") Instant toStartsAt,
                         @Schema(required = true) Instant changedAt) {
}
