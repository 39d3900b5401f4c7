package org.tandem.messaging.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** New text for a message, and the record of an earlier text. */
public final class MessageRevision {

    private MessageRevision() {
    }

    @Schema(name = "MessageEditRequest")
    public record Request(@NotBlank @Size(max = NewMessage.MAX_LENGTH)
                          @Schema(required = true, maxLength = NewMessage.MAX_LENGTH) String body) {
    }

    @Schema(name = "MessageEditRecord")
    public record Entry(@Schema(required = true) String previousBody, @Schema(required = true) Instant editedAt) {
    }
}
