package org.tandem.identity.classcode;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff approve a join request by naming the student it is about. */
@Schema(name = "JoinRequestApproval")
public record JoinRequestApproval(
        @NotNull @Schema(required = true, description = "A student enrolled in the request's class") UUID studentId) {
}
