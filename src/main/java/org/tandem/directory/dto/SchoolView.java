package org.tandem.directory.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.directory.School;
import org.tandem.platform.concurrency.Versioned;

/** A school of the district. */
public record SchoolView(
        UUID id,
        String name,
        @Schema(example = "America/Chicago") String timeZone,
        @Schema(nullable = true) String sourcedId,
        boolean active,
        Instant createdAt,
        @Schema(description = "Changes with every update; also sent as the ETag") long version) implements Versioned {

    public static SchoolView of(School school) {
        return new SchoolView(school.id(), school.name(), school.timeZone(), school.sourcedId(), school.active(),
                school.createdAt(), school.version());
    }
}
