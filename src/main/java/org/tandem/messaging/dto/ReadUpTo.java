package org.tandem.messaging.dto;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Marks a thread read up to a message position. */
@Schema(name = "ReadUpTo")
public record ReadUpTo(@NotNull @Min(0) @Schema(required = true, description = "seq of the last message read") Long seq) {
}
