package org.tandem.messaging.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reports of messages: making one, the administrators' view of one, and resolving it. */
public final class Reports {

    public static final String REASONS = "harassment|inappropriate|spam|safety|other";
    public static final int MAX_NOTE = 1000;

    private Reports() {
    }

    @Schema(name = "NewMessageReport")
    public record NewReport(
            @NotNull @Pattern(regexp = REASONS, message = "must be one of harassment, inappropriate, spam, safety, other")
            @Schema(required = true, enumeration = {"harassment", "inappropriate", "spam", "safety", "other"})
            String reason,
            @Size(max = MAX_NOTE) @Schema(maxLength = MAX_NOTE, description = "What the administrators should know")
            String note) {
    }

    @Schema(name = "MessageReport")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(
            @Schema(required = true) UUID id,
            @Schema(required = true, enumeration = {"harassment", "inappropriate", "spam", "safety", "other"}) String reason,
            String note,
            @Schema(required = true, enumeration = {"open", "dismissed", "actioned"}) String state,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Person reporter,
            @Schema(required = true) ReportedMessage message,
            UUID resolvedBy,
            Instant resolvedAt) {
    }

    @Schema(name = "ReportPerson")
    public record Person(@Schema(required = true) UUID accountId, @Schema(required = true) String displayName) {
    }

    @Schema(name = "ReportedMessage")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportedMessage(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID threadId,
            @Schema(required = true) long seq,
            @Schema(required = true) Person author,
            @Schema(description = "The text as reported; absent once deleted") String body,
            @Schema(required = true) String language,
            @Schema(required = true) boolean deleted,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "ReportResolution", description = "Resolves this report and every other open report of the same message")
    public record Resolution(
            @NotNull @Pattern(regexp = "dismissed|actioned")
            @Schema(required = true, enumeration = {"dismissed", "actioned"}) String outcome,
            @Schema(description = "With `actioned`: lock the message's thread so nobody can post", defaultValue = "false")
            Boolean lockThread,
            @Schema(description = "With `actioned`: delete the message for everyone (a tombstone stays)",
                    defaultValue = "false")
            Boolean removeMessage) {
    }
}
