package org.tandem.notifications.preferences;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.platform.concurrency.Versioned;

/** The shapes of a person's notification settings. */
public final class PreferenceViews {

    private PreferenceViews() {
    }

    static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    @Schema(name = "QuietHours", description = "Local times in the person's time zone; a start after the end spans midnight "
            + "(21:00–07:00). Nothing is pushed or mailed in between except urgent staff messages; what was held goes out "
            + "when they end.")
    public record QuietHours(
            @Schema(required = true, example = "21:00") @NotNull @Pattern(regexp = TIME, message = "must be HH:mm") String start,
            @Schema(required = true, example = "07:00") @NotNull @Pattern(regexp = TIME, message = "must be HH:mm") String end) {
    }

    @Schema(name = "NotificationChannelChoice", description = "Whether a kind of notification is pushed and mailed "
            + "(the in-app feed always has it). Push is tried first; email is the fallback when no device can be reached.")
    public record KindChoice(
            @Schema(required = true, example = "message.posted") @NotBlank @Size(max = 60) String kind,
            @Schema(required = true) @NotNull Boolean push,
            @Schema(required = true) @NotNull Boolean email) {
    }

    @Schema(name = "NotificationSettings")
    public record Settings(
            @Schema(required = true, example = "America/Chicago", description = "IANA time zone of quiet hours and digests")
            String timeZone,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            @Schema(description = "Absent when none are set") QuietHours quietHours,
            @Schema(required = true, enumeration = {"off", "daily", "weekly"},
                    description = "Email as a daily or weekly digest instead of one mail per notification (urgent messages "
                            + "are still mailed at once)") String digest,
            @Schema(required = true, description = "Local hour the digest goes out") int digestHour,
            @Schema(required = true, description = "ISO day of week of a weekly digest (1 = Monday)") int digestDay,
            @Schema(required = true, description = "Every kind of notification, with its channels") List<KindChoice> kinds,
            @Schema(required = true) long version) implements Versioned {
    }

    @Schema(name = "NotificationSettingsUpdate", description = "The whole settings; kinds not listed keep their choice.")
    public record Update(
            @Schema(required = true, example = "America/Chicago") @NotBlank @Size(max = 64) String timeZone,
            @Schema(description = "Omit (or null) for none") @Valid QuietHours quietHours,
            @Schema(required = true, enumeration = {"off", "daily", "weekly"}) @NotNull
            @Pattern(regexp = "off|daily|weekly", message = "must be off, daily or weekly") String digest,
            @Schema(description = "Default 18") @Min(0) @Max(23) Integer digestHour,
            @Schema(description = "Default 5 (Friday)") @Min(1) @Max(7) Integer digestDay,
            @Schema(description = "Omit to keep every kind as it is") @Size(max = 50) List<@Valid @NotNull KindChoice> kinds) {
    }
}
