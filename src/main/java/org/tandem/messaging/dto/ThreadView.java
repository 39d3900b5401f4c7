package org.tandem.messaging.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.platform.concurrency.Versioned;

/** A thread as the caller sees it, with their own read state and flags. */
@Schema(name = "Thread")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ThreadView(
        @Schema(required = true) UUID id,
        @Schema(required = true, enumeration = {"direct", "student", "group", "announcement"}) String kind,
        String subject,
        UUID studentId,
        UUID classId,
        @Schema(required = true) UUID createdBy,
        @Schema(required = true) boolean locked,
        @Schema(required = true, description = "seq of the latest message") long lastSeq,
        @Schema(required = true) Instant lastActivityAt,
        @Schema(required = true) int unreadCount,
        @Schema(required = true) long lastReadSeq,
        @Schema(required = true) boolean archived,
        @Schema(required = true) boolean muted,
        @Schema(required = true) boolean starred,
        @Schema(required = true, description = "Whether the caller may post (not locked, not a recipient of an announcement)")
        boolean canPost,
        @Schema(description = "The latest message, absent in an empty thread") MessagePreview lastMessage,
        @Schema(required = true) long version) implements Versioned {

    @Schema(name = "MessagePreview")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MessagePreview(@Schema(required = true) UUID id, @Schema(required = true) long seq,
                                 @Schema(required = true) UUID authorId,
                                 @Schema(description = "The first 140 characters; absent when deleted") String snippet,
                                 @Schema(required = true) boolean deleted,
                                 @Schema(required = true) Instant createdAt) {
    }
}
