package org.tandem.events.dto;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Move every slot of one day, with its bookings, to another date at the same local times (a snow day). */
@Schema(name = "DayMove")
public record DayMove(@NotNull @Schema(required = true) LocalDate from, @NotNull @Schema(required = true) LocalDate to) {
}
