package org.tandem.roster.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.roster.RowError;

/** A roster import job: its state, progress per file, outcome and every error. */
@Schema(name = "RosterImport")
public record ImportJobView(
        UUID id,
        @Schema(enumeration = {"queued", "fetching", "validating", "writing", "succeeded", "failed"},
                description = "queued → (a REST pull: fetching from the provider →) validating (reading and checking "
                        + "every row) → writing → succeeded or failed; a dry run never writes")
        String state,
        boolean dryRun,
        @Schema(description = "Whether records missing from a bulk file are deactivated") boolean deactivateMissing,
        @Schema(enumeration = {"csv", "rest"}) String source,
        @Schema(enumeration = {"full", "delta"}, nullable = true,
                description = "A REST pull: everything (full), or what changed after the watermark (delta); null for an upload")
        String pullMode,
        @Schema(description = "1.1 or 1.2, once the manifest was read", nullable = true) String oneRosterVersion,
        List<ImportFileProgress> files,
        @Schema(description = "Per record type (accounts, schools, terms, classes, staff, students, guardians, guardianships, "
                + "enrollments, teachingAssignments): created, updated, deactivated, unchanged. Null until validated.",
                nullable = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)
        Map<String, Map<String, Integer>> summary,
        @Schema(description = "How many errors the package has (the first 1,000 are listed)") int errorCount,
        @Schema(description = "Every invalid row, with file, line, column and reason; any error fails the whole import")
        List<RowError> errors,
        @Schema(description = "What was not imported, and why (an unsupported role, a shared family email)")
        List<RowError> warnings,
        @Schema(description = "Why the job failed as a whole (not a zip, a zip bomb), if it did", nullable = true)
        String failure,
        Instant createdAt,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant startedAt,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant finishedAt) {
}
