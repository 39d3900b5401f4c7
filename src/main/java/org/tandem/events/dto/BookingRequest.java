package org.tandem.events.dto;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Book a slot for a student. */
@Schema(name = "BookingRequest")
public record BookingRequest(@NotNull @Schema(required = true) UUID slotId,
                             @NotNull @Schema(required = true) UUID studentId) {
}
