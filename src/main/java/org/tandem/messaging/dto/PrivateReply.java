package org.tandem.messaging.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recipient's reply to an announcement, seen only by its author. */
@Schema(name = "PrivateReply")
public record PrivateReply(
        @NotBlank @Size(max = NewMessage.MAX_LENGTH)
        @Schema(required = true, maxLength = NewMessage.MAX_LENGTH) String body,
        @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+")
        @Schema(description = "As for posting a message: a resend with the same id never posts twice", maxLength = 64)
        String clientMessageId,
        @Size(min = 2, max = 16) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
        @Schema(description = "BCP 47 language of the text; defaults to the author's preferred language", example = "es")
        String language) {

    public NewMessage asMessage() {
        return new NewMessage(body, clientMessageId, language, null, null);
    }
}
