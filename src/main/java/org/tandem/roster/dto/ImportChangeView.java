package org.tandem.roster.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One record an import created, updated or deactivated (or, for a dry run, would have). */
@Schema(name = "RosterImportChange")
public record ImportChangeView(
        @Schema(description = "Position in the import's list of changes") int seq,
        @Schema(description = "schools, terms, classes, staff, students, guardians, guardianships, enrollments or teachingAssignments")
        String recordType,
        @Schema(description = "The record's OneRoster sourcedId (a guardianship's is studentSourcedId|agentSourcedId)")
        String sourcedId,
        @Schema(enumeration = {"created", "updated", "deactivated"}) String action,
        @Schema(description = "For an update, the fields whose values change") List<String> changedFields) {
}
