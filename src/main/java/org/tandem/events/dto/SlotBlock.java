package org.tandem.events.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Block a slot (nobody can book it) or open it again. */
@Schema(name = "SlotBlock")
public record SlotBlock(@NotNull @Schema(required = true) Boolean blocked) {
}
