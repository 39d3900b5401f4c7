package org.tandem.messaging.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message to post. */
@Schema(name = "NewMessage")
public record NewMessage(
        @NotBlank @Size(max = NewMessage.MAX_LENGTH)
        @Schema(required = true, maxLength = NewMessage.MAX_LENGTH, description = "The text, in the author's language")
        String body,
        @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+")
        @Schema(description = "An id the app chooses (for example a UUID). Posting again with the same id returns the "
                + "first message instead of a duplicate.", maxLength = 64)
        String clientMessageId,
        @Size(min = 2, max = 16) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
        @Schema(description = "BCP 47 language of the text; defaults to the author's preferred language", example = "es")
        String language,
        @Schema(description = "Staff only: mark as urgent") Boolean urgent,
        @Schema(description = "Staff only: deliver at this time instead of now (scheduled send)")
        Instant sendAt) {

    public static final int MAX_LENGTH = 4000;

    public boolean isUrgent() {
        return Boolean.TRUE.equals(urgent);
    }
}
