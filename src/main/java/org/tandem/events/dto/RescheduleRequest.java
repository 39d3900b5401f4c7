package org.tandem.events.dto;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Move a booking to another slot of the same conference, atomically. */
@Schema(name = "RescheduleRequest")
public record RescheduleRequest(@NotNull @Schema(required = true) UUID slotId) {
}
