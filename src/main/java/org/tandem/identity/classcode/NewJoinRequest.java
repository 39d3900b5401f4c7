package org.tandem.identity.classcode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.identity.Relationships;

/** A family member asks, with a class code, to be linked to their child in that class. */
@Schema(name = "NewJoinRequest")
public record NewJoinRequest(
        @NotBlank @Size(max = 16)
        @Schema(required = true, maxLength = 16, examples = "K7MX-3QPR",
                description = "The class code; case, spaces and hyphens are ignored")
        String code,
        @NotBlank @Size(max = 100)
        @Schema(required = true, maxLength = 100, examples = "Sam Alpha",
                description = "The child's name as the family knows it; staff match it to a student")
        String studentName,
        @NotNull @Pattern(regexp = Relationships.PATTERN)
        @Schema(required = true, enumeration = {"mother", "father", "guardian", "grandparent", "other"})
        String relationship) {
}
