package org.tandem.messaging.dto;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A student the caller teaches now and the family a teacher reaches (no-contact guardians are absent). */
@Schema(name = "StudentFamily")
public record StudentFamily(
        @Schema(required = true, description = "Pass it as `studentId` to start the student's `student` thread") UUID studentId,
        @Schema(required = true) String givenName,
        @Schema(required = true) String familyName,
        @Schema(required = true, nullable = true) String grade,
        @Schema(required = true, description = "The caller's classes the student is in") List<ClassRef> classes,
        @Schema(required = true, description = "The student's guardians with a current link, by name") List<FamilyContact> guardians) {

    /** A guardian of the student, and what their link allows. */
    @Schema(name = "FamilyContact")
    public record FamilyContact(
            @Schema(required = true, description = "Directory id of the guardian: pass it in `guardianIds` to start a "
                    + "`direct` or `group` thread") UUID guardianId,
            @Schema(required = true) String givenName,
            @Schema(required = true) String familyName,
            @Schema(required = true, enumeration = {"mother", "father", "guardian", "grandparent", "other"})
            String relationship,
            @Schema(required = true, description = "BCP 47 language the guardian prefers", example = "es")
            String preferredLanguage,
            @Schema(required = true, description = "Whether they have an account: only those who joined can be "
                    + "messaged (invite the others)") boolean joined,
            @Schema(required = true) boolean educationalRights,
            @Schema(required = true, description = "Whether they are members of the student's threads and receive "
                    + "announcements") boolean receivesCommunications,
            @Schema(required = true) boolean mayMessageStaff,
            @Schema(required = true) boolean mayBookAndRsvp,
            @Schema(required = true) boolean maySeeGoalsAndCelebrations) {
    }
}
