package org.tandem.identity.classcode;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.identity.Relationships;

/** A join request, as the requester and the class's staff see it. */
@Schema(name = "JoinRequest")
public record JoinRequestView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID classId,
        @Schema(required = true, description = "The account that asked") UUID accountId,
        @Schema(required = true, maxLength = 100) String studentName,
        @Schema(required = true, enumeration = {"mother", "father", "guardian", "grandparent", "other"}) String relationship,
        @Schema(required = true, enumeration = {"pending", "approved", "declined"}) String state,
        @Schema(required = true, nullable = true, implementation = String.class, format = "uuid", description = "The student linked on approval") UUID studentId,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time") Instant decidedAt) {

    static JoinRequestView of(JoinRequest request) {
        return new JoinRequestView(request.id(), request.classId(), request.accountId(), request.studentName(),
                Relationships.wire(request.relationship()), request.state().name().toLowerCase(Locale.ROOT),
                request.studentId(), request.createdAt(), request.decidedAt());
    }
}
