package org.tandem.privacy;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An export of a student's records and where its job stands. */
@Schema(name = "StudentExport")
public record ExportView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID studentId,
        @Schema(required = true, enumeration = {"queued", "running", "ready", "failed", "expired"},
                description = "queued and running: being built; ready: the archive can be downloaded until expiresAt; "
                        + "failed: it could not be built (ask again); expired: the archive was removed")
        String state,
        @Schema(required = true) String purpose,
        @Schema(required = true, description = "Whether goals and celebrations are in it (the requester's link allows them)")
        boolean includesGoals,
        @Schema(required = true, description = "Whether confidential (IEP) goals are in it") boolean includesConfidential,
        @Schema(required = true) Instant requestedAt,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time") Instant finishedAt,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time") Instant expiresAt,
        @Schema(required = true, nullable = true, description = "The archive's size once ready") Integer archiveBytes,
        @Schema(required = true, nullable = true, description = "Where to download the zip (student-records.json and summary.html) once ready",
                example = "/api/v1/exports/4f1c.../archive")
        String archiveUrl) {
}
