package org.tandem.directory.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.directory.Enrollment;
import org.tandem.platform.concurrency.Versioned;

/** A student's place in a class. */
public record EnrollmentView(
        UUID id,
        UUID studentId,
        UUID classId,
        @Schema(nullable = true) String sourcedId,
        boolean active,
        Instant createdAt,
        @Schema(description = "Changes with every update; also sent as the ETag") long version) implements Versioned {

    public static EnrollmentView of(Enrollment e) {
        return new EnrollmentView(e.id(), e.studentId(), e.classId(), e.sourcedId(), e.active(), e.createdAt(), e.version());
    }
}
