package org.tandem.messaging.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff member's weekly office hours, replacing any earlier ones. */
@Schema(name = "OfficeHoursUpdate")
public record OfficeHoursUpdate(
        @NotNull @Size(min = 1, max = 64)
        @Schema(required = true, maxLength = 64, description = "IANA time zone the hours are in", example = "America/Chicago")
        String timeZone,
        @NotNull @Size(min = 1, max = OfficeHoursUpdate.MAX_OPENINGS)
        @Schema(required = true, minItems = 1, maxItems = OfficeHoursUpdate.MAX_OPENINGS,
                description = "Weekly openings; several per day are allowed if they do not overlap")
        List<@NotNull @Valid Opening> hours) {

    public static final int MAX_OPENINGS = 28;
    public static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

    /** One weekly opening in local time; it ends the same day, after it starts. */
    @Schema(name = "OfficeHoursOpening")
    public record Opening(
            @NotNull @Pattern(regexp = "monday|tuesday|wednesday|thursday|friday|saturday|sunday")
            @Schema(required = true, enumeration = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday"}) String day,
            @NotNull @Pattern(regexp = TIME)
            @Schema(required = true, pattern = TIME, example = "08:00", description = "Local time, 24-hour clock") String start,
            @NotNull @Pattern(regexp = TIME)
            @Schema(required = true, pattern = TIME, example = "15:30", description = "Local time, after start") String end) {
    }
}
