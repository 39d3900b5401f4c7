package org.tandem.identity.me;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the caller is and what they may see: their roles, students and classes. */
@Schema(name = "Me")
public record Me(
        @Schema(required = true) UUID accountId,
        @Schema(required = true) String displayName,
        @Schema(required = true) String email,
        @Schema(required = true, description = "BCP 47 language tag", example = "es") String preferredLanguage,
        @Schema(required = true) District district,
        @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                implementation = RoleName.class, uniqueItems = true) Set<String> roles,
        @Schema(required = true, description = "Students the caller may see: their children, or the students of the classes they teach")
        List<StudentSummary> students,
        @Schema(required = true, description = "Classes the caller teaches this term") List<ClassSummary> classes) {

    @Schema(name = "MeDistrict")
    public record District(@Schema(required = true) UUID id, @Schema(required = true) String name,
                           @Schema(required = true) String slug) {
    }

    @Schema(name = "StudentSummary")
    public record StudentSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) String givenName,
            @Schema(required = true) String familyName,
            @Schema(nullable = true) String grade,
            @Schema(required = true) UUID schoolId,
            @Schema(description = "For the caller's own children: how they are linked; absent otherwise")
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            Link link) {
    }

    @Schema(name = "GuardianLink")
    public record Link(
            @Schema(required = true, enumeration = {"mother", "father", "guardian", "grandparent", "other"}) String relationship,
            @Schema(required = true) boolean educationalRights,
            @Schema(required = true) boolean receivesCommunications,
            @Schema(required = true) boolean mayMessageStaff,
            @Schema(required = true) boolean mayBookAndRsvp,
            @Schema(required = true) boolean maySeeGoalsAndCelebrations) {
    }

    @Schema(name = "ClassSummary")
    public record ClassSummary(@Schema(required = true) UUID id, @Schema(required = true) String name,
                               @Schema(nullable = true) String subject, @Schema(nullable = true) String grade, @Schema(required = true) UUID schoolId) {
    }
}
