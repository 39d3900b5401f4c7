package org.tandem.directory.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.directory.Relationship;

/**
 * Links a guardian to a student. Omitted flags take their defaults: educational rights and every
 * permission granted, no-contact off.
 */
public record NewGuardianship(
        @NotNull UUID studentId,
        @NotNull UUID guardianId,
        @NotNull Relationship relationship,
        @Schema(nullable = true, description = "Holds educational rights (FERPA); sees confidential goals. Default true")
        Boolean educationalRights,
        @Schema(nullable = true, description = "In the audience of messages and announcements about the student. Default true")
        Boolean receivesCommunications,
        @Schema(nullable = true, description = "May write to the student's staff. Default true")
        Boolean mayMessageStaff,
        @Schema(nullable = true, description = "May book conferences and RSVP to events. Default true")
        Boolean mayBookAndRsvp,
        @Schema(nullable = true, description = "May see goals and celebrations. Default true")
        Boolean maySeeGoalsAndCelebrations,
        @Schema(nullable = true, description = "A court order: overrides every permission; the guardian sees nothing of "
                + "the student and is in no audience. Default false")
        Boolean noContact,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = Bounds.SOURCED_ID_DESCRIPTION, nullable = true)
        String sourcedId) {
}
