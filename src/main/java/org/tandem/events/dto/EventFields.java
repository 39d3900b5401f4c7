package org.tandem.events.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What organizers set and change on an event. */
@Schema(name = "EventFields")
public record EventFields(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200) String title,
        @Size(max = 4000) @Schema(maxLength = 4000) String description,
        @NotNull @Pattern(regexp = KINDS) @Schema(required = true, enumeration = {"open_house", "performance", "workshop",
                "volunteer_shift", "other"}) String kind,
        @NotNull @Pattern(regexp = LOCAL_TIME) @Schema(required = true, pattern = LOCAL_TIME, example = "2026-03-07T09:00",
                description = "Local date and time in `timeZone`") String startsAt,
        @NotNull @Pattern(regexp = LOCAL_TIME) @Schema(required = true, pattern = LOCAL_TIME, example = "2026-03-07T11:00",
                description = "Local date and time in `timeZone`, after `startsAt`") String endsAt,
        @NotNull @Size(min = 1, max = 64) @Schema(required = true, maxLength = 64, example = "America/New_York",
                description = "IANA time zone; an unknown zone is a 422") String timeZone,
        @Size(max = 500) @Schema(maxLength = 500) String place,
        @Size(max = 2000) @Pattern(regexp = "https://\\S+") @Schema(maxLength = 2000, pattern = "https://\\S+") String videoLink,
        @Min(1) @Max(100000) @Schema(minimum = "1", maximum = "100000",
                description = "Places in heads (adults and children); absent for no limit") Integer capacity,
        @Schema(description = "No RSVP is accepted after this instant") Instant rsvpDeadline,
        @Schema(description = "Whether a household may bring guests (default true)") Boolean guestsAllowed,
        @Min(0) @Max(50) @Schema(minimum = "0", maximum = "50",
                description = "Most guests (adults and children) a household may bring; absent for no limit") Integer maxGuests) {

    public static final String KINDS = "open_house|performance|workshop|volunteer_shift|other";
    public static final String LOCAL_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?";
}
