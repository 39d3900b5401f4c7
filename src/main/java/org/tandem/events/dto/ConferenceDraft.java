package org.tandem.events.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A conference window a teacher publishes: on these dates, between these hours, slots with breaks. */
@Schema(name = "ConferenceDraft")
public record ConferenceDraft(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200) String title,
        @Schema(description = "The class it is for (optional); its school is the conference's") UUID classId,
        @NotNull @Size(min = 1, max = 64) @Schema(required = true, maxLength = 64, example = "America/Chicago") String timeZone,
        @NotNull @Size(min = 1, max = 14) @Schema(required = true, minItems = 1, maxItems = 14) List<@NotNull LocalDate> dates,
        @NotNull @Pattern(regexp = TIME) @Schema(required = true, pattern = TIME, example = "15:00") String startTime,
        @NotNull @Pattern(regexp = TIME) @Schema(required = true, pattern = TIME, example = "18:00") String endTime,
        @NotNull @Min(5) @Max(240) @Schema(required = true, minimum = "5", maximum = "240") Integer slotMinutes,
        @Min(0) @Max(120) @Schema(minimum = "0", maximum = "120", description = "Minutes between slots (default 0)")
        Integer breakMinutes,
        @NotNull @Pattern(regexp = "in_person|video") @Schema(required = true, enumeration = {"in_person", "video"}) String mode,
        @Size(max = 500) @Schema(maxLength = 500, description = "Where (in person)") String place,
        @Size(max = 2000) @Pattern(regexp = "https://\\S+") @Schema(maxLength = 2000, pattern = "https://\\S+",
                description = "The video link (video)") String videoLink) {

    public static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
}
