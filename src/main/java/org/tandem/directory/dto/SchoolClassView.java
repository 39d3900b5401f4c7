package org.tandem.directory.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.directory.SchoolClass;
import org.tandem.platform.concurrency.Versioned;

/** A class (section) of a school in one academic term. */
public record SchoolClassView(
        UUID id,
        UUID schoolId,
        UUID termId,
        String name,
        @Schema(nullable = true) String subject,
        @Schema(nullable = true) String grade,
        @Schema(nullable = true) String sourcedId,
        boolean active,
        Instant createdAt,
        @Schema(description = "Changes with every update; also sent as the ETag") long version) implements Versioned {

    public static SchoolClassView of(SchoolClass c) {
        return new SchoolClassView(c.id(), c.schoolId(), c.termId(), c.name(), c.subject(), c.grade(), c.sourcedId(),
                c.active(), c.createdAt(), c.version());
    }
}
