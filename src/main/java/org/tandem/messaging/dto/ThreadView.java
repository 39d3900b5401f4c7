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
        @Schema(required = true) long version,
        @Schema(required = true, description = "The thread's current members, staff first then by name; for an "
                + "announcement only its author (recipients do not see each other). In the inbox, the first six "
                + "(staff first, then by arrival): memberCount says how many there are, and the thread's own view "
                + "names them all") java.util.List<ThreadMember> members,
        @Schema(required = true, description = "How many members the thread has now (1 for an announcement: its "
                + "author)") int memberCount,
        @Schema(description = "For a guardian, when every staff member in the thread has set office hours: whether "
                + "one of them is within them now. Absent in the inbox.") Boolean staffAvailableNow,
        @Schema(description = "For a guardian, when every staff member in the thread is outside their office hours: "
                + "when the first of them is back, so a reply can be expected from then. Absent in the inbox.")
        Instant replyExpectedBy,
        @Schema(description = "For the author of an announcement: how many recipients have read it. Absent in the inbox.")
        Integer readCount,
        @Schema(description = "For the author of an announcement: how many recipients it has now. Absent in the inbox.")
        Integer recipientCount) implements Versioned {

    /** The same view with what is computed for one thread at a time (office hours, announcement reach). */
    public ThreadView with(Boolean staffAvailableNow, Instant replyExpectedBy, Integer readCount, Integer recipientCount) {
        return new ThreadView(id, kind, subject, studentId, classId, createdBy, locked, lastSeq, lastActivityAt,
                unreadCount, lastReadSeq, archived, muted, starred, canPost, lastMessage, version, members, memberCount,
                staffAvailableNow,
                replyExpectedBy, readCount, recipientCount);
    }

    @Schema(name = "MessagePreview")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MessagePreview(@Schema(required = true) UUID id, @Schema(required = true) long seq,
                                 @Schema(required = true) UUID authorId,
                                 @Schema(required = true, description = "The author's display name") String authorName,
                                 @Schema(required = true, enumeration = {"staff", "guardian"}) String authorRole,
                                 @Schema(description = "The first 140 characters; absent when deleted") String snippet,
                                 @Schema(required = true) boolean deleted,
                                 @Schema(required = true) Instant createdAt) {
    }
}
