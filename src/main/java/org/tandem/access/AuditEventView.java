package org.tandem.access;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One disclosure of a student's records: who, what, when and why. */
public record AuditEventView(
        UUID id,
        Instant occurredAt,
        @Schema(nullable = true, description = "The account that read the records") UUID actorId,
        @Schema(description = "The role under which the records were read", example = "school_admin") String actorRole,
        @Schema(description = "What was read", example = "directory.student.read") String action,
        @Schema(description = "Why the caller may read it: administration, instruction or family", example = "administration")
        String purpose,
        @Schema(nullable = true, description = "The request id, to match server logs") String requestId) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id(), e.occurredAt(), e.actorId(), e.actorRole(), e.action(), e.purpose(),
                e.requestId());
    }
}
