package org.tandem.events.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an event is cancelled; families see the reason. */
@Schema(name = "EventCancellation")
public record EventCancellation(@NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000) String reason) {
}
