package org.tandem.directory.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.directory.Relationship;

/** The writable state of a guardianship, as a JSON Merge Patch changes it. The student and guardian stay. */
public record GuardianshipChanges(
        @NotNull @Schema(required = false) Relationship relationship,
        @NotNull @Schema(required = false) Boolean educationalRights,
        @NotNull @Schema(required = false) Boolean receivesCommunications,
        @NotNull @Schema(required = false) Boolean mayMessageStaff,
        @NotNull @Schema(required = false) Boolean mayBookAndRsvp,
        @NotNull @Schema(required = false) Boolean maySeeGoalsAndCelebrations,
        @NotNull @Schema(required = false, description = "A court order: overrides every permission") Boolean noContact,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = "null removes it", nullable = true) String sourcedId,
        @NotNull @Schema(required = false, description = Bounds.ACTIVE_DESCRIPTION) Boolean active) {
}
