package org.tandem.directory.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.directory.Student;
import org.tandem.platform.concurrency.Versioned;

/** A student of a school. */
public record StudentView(
        UUID id,
        UUID schoolId,
        String givenName,
        String familyName,
        @Schema(nullable = true) String grade,
        @Schema(nullable = true) String sourcedId,
        boolean active,
        Instant createdAt,
        @Schema(description = "Changes with every update; also sent as the ETag") long version) implements Versioned {

    public static StudentView of(Student s) {
        return new StudentView(s.id(), s.schoolId(), s.givenName(), s.familyName(), s.grade(), s.sourcedId(),
                s.active(), s.createdAt(), s.version());
    }
}
