package org.tandem.directory.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.directory.TeachingAssignment;
import org.tandem.platform.concurrency.Versioned;

/** A staff member's assignment to a class. */
public record TeachingAssignmentView(
        UUID id,
        UUID staffId,
        UUID classId,
        TeachingAssignment.Role role,
        @Schema(nullable = true) String sourcedId,
        boolean active,
        Instant createdAt,
        @Schema(description = "Changes with every update; also sent as the ETag") long version) implements Versioned {

    public static TeachingAssignmentView of(TeachingAssignment t) {
        return new TeachingAssignmentView(t.id(), t.staffId(), t.classId(), t.role(), t.sourcedId(), t.active(),
                t.createdAt(), t.version());
    }
}
