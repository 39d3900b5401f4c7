package org.tandem.messaging.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.platform.concurrency.Versioned;

/** A message its author scheduled: recipients see nothing of it until it is sent. */
@Schema(name = "ScheduledMessage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduledMessageView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID threadId,
        @Schema(required = true) UUID authorId,
        String clientMessageId,
        @Schema(required = true, maxLength = NewMessage.MAX_LENGTH) String body,
        @Schema(required = true, description = "BCP 47 language of the text") String language,
        @Schema(required = true) boolean urgent,
        @Schema(required = true, description = "When the message enters the thread") Instant sendAt,
        @Schema(required = true, enumeration = {"scheduled", "sent", "cancelled"}) String state,
        @Schema(description = "Why it was not sent: `author` cancelled it, the thread was locked (`thread_locked`), "
                + "or the author no longer takes part in the thread (`author_left`); only when cancelled",
                enumeration = {"author", "thread_locked", "author_left"}) String cancelReason,
        @Schema(description = "The message it became; only once sent") UUID messageId,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "When it was sent or cancelled") Instant stateChangedAt,
        @Schema(required = true) long version) implements Versioned {
}
