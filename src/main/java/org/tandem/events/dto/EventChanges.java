package org.tandem.events.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A JSON Merge Patch of an event's fields (RFC 7396): a field left out keeps its value, {@code null}
 * removes an optional one. The result is validated exactly as {@link EventFields} (a full write).
 */
@Schema(name = "EventChanges")
public record EventChanges(
        @NotBlank @Size(max = 200) @Schema(required = false, maxLength = 200) String title,
        @Size(max = 4000) @Schema(maxLength = 4000, nullable = true) String description,
        @NotNull @Pattern(regexp = EventFields.KINDS) @Schema(required = false, enumeration = {"open_house", "performance", "workshop",
                "volunteer_shift", "other"}) String kind,
        @NotNull @Pattern(regexp = EventFields.LOCAL_TIME) @Schema(required = false, pattern = EventFields.LOCAL_TIME, example = "2026-03-07T09:00",
                description = "Local date and time in `timeZone`") String startsAt,
        @NotNull @Pattern(regexp = EventFields.LOCAL_TIME) @Schema(required = false, pattern = EventFields.LOCAL_TIME, example = "2026-03-07T11:00",
                description = "Local date and time in `timeZone`, after `startsAt`") String endsAt,
        @NotNull @Size(min = 1, max = 64) @Schema(required = false, maxLength = 64, example = "America/New_York",
                description = "IANA time zone; an unknown zone is a 422") String timeZone,
        @Size(max = 500) @Schema(maxLength = 500, nullable = true) String place,
        @Size(max = 2000) @Pattern(regexp = "https://\\S+") @Schema(nullable = true, maxLength = 2000, pattern = "https://\\S+") String videoLink,
        @Min(1) @Max(100000) @Schema(nullable = true, minimum = "1", maximum = "100000",
                description = "Places in heads (adults and children); absent for no limit") Integer capacity,
        @Schema(nullable = true, description = "No RSVP is accepted after this instant") Instant rsvpDeadline,
        @Schema(nullable = true, description = "Whether a household may bring guests (default true)") Boolean guestsAllowed,
        @Min(0) @Max(50) @Schema(nullable = true, minimum = "0", maximum = "50",
                description = "Most guests (adults and children) a household may bring; absent for no limit") Integer maxGuests) {

    public static EventChanges of(EventFields f) {
        return new EventChanges(f.title(), f.description(), f.kind(), f.startsAt(), f.endsAt(), f.timeZone(), f.place(),
                f.videoLink(), f.capacity(), f.rsvpDeadline(), f.guestsAllowed(), f.maxGuests());
    }

    public EventFields fields() {
        return new EventFields(title, description, kind, startsAt, endsAt, timeZone, place, videoLink, capacity,
                rsvpDeadline, guestsAllowed, maxGuests);
    }
}
