package org.tandem.messaging.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who has read a message ("x of y read" for announcements). */
@Schema(name = "ReadReceipts")
public record ReadReceipts(
        @Schema(required = true) UUID messageId,
        @Schema(required = true, description = "Members other than the author") long recipientCount,
        @Schema(required = true) long readCount,
        @Schema(required = true) List<Reader> readers) {

    @Schema(name = "Reader")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reader(@Schema(required = true) UUID accountId, @Schema(required = true) String displayName,
                         @Schema(required = true, enumeration = {"staff", "guardian"}) String role,
                         @Schema(required = true) boolean read,
                         @Schema(description = "When the reader last marked the thread read, at or after this message")
                         Instant readAt) {
    }
}
