package org.tandem.messaging.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.platform.concurrency.Versioned;

/** A message as a reader sees it: a deleted one is a tombstone with no text. */
@Schema(name = "Message")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageView(
        @Schema(required = true, enumeration = {"message"}, description = "Always `message`: tells a posted message from a scheduled one (postMessage answers either)")
        String object,
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID threadId,
        @Schema(required = true, description = "Position in the thread: 1, 2, 3…") long seq,
        @Schema(required = true) UUID authorId,
        @Schema(required = true, description = "The author's display name", example = "David Chen") String authorName,
        @Schema(required = true, enumeration = {"staff", "guardian"}, description = "The author's side in the thread")
        String authorRole,
        String clientMessageId,
        @Schema(description = "The original text; absent when deleted") String body,
        @Schema(required = true, description = "BCP 47 language of the original text") String language,
        @Schema(description = "The text in the reader's preferred language, when a translation exists") Translation translation,
        @Schema(required = true) boolean urgent,
        @Schema(required = true) boolean deleted,
        @Schema(required = true) Instant createdAt,
        Instant editedAt,
        @Schema(required = true) long version) implements Versioned {

    /** The view, with its constant {@code object}. */
    public MessageView(UUID id, UUID threadId, long seq, UUID authorId, String authorName, String authorRole, String clientMessageId, String body, String language, Translation translation, boolean urgent, boolean deleted, Instant createdAt, Instant editedAt, long version) {
        this("message", id, threadId, seq, authorId, authorName, authorRole, clientMessageId, body, language, translation, urgent, deleted, createdAt, editedAt, version);
    }


    @Schema(name = "MessageTranslation")
    public record Translation(@Schema(required = true) String language, @Schema(required = true) String body,
                              @Schema(required = true, enumeration = {"machine", "human"}) String source) {
    }
}
