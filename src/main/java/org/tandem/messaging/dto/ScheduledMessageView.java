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
        @Schema(required = true, enumeration = {"scheduled_message"}, description = "Always `scheduled_message`: tells a scheduled message from a posted one (postMessage answers either)")
        String object,
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

    /** The view, with its constant {@code object}. */
    public ScheduledMessageView(UUID id, UUID threadId, UUID authorId, String clientMessageId, String body, String language, boolean urgent, Instant sendAt, String state, String cancelReason, UUID messageId, Instant createdAt, Instant stateChangedAt, long version) {
        this("scheduled_message", id, threadId, authorId, clientMessageId, body, language, urgent, sendAt, state, cancelReason, messageId, createdAt, stateChangedAt, version);
    }

}
