package org.tandem.events.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A household's answer: the respondent counts as one head, guests add theirs. */
@Schema(name = "RsvpAnswer")
public record RsvpAnswer(
        @NotNull @Pattern(regexp = "yes|no|maybe") @Schema(required = true, enumeration = {"yes", "no", "maybe"}) String answer,
        @Min(0) @Max(50) @Schema(minimum = "0", maximum = "50", description = "Adults coming besides the respondent")
        Integer adultGuests,
        @Min(0) @Max(50) @Schema(minimum = "0", maximum = "50", description = "Children coming") Integer childGuests,
        @Size(max = 1000) @Schema(maxLength = 1000) String note) {
}
