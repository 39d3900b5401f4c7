package org.tandem.directory.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.directory.AcademicTerm;
import org.tandem.platform.concurrency.Versioned;

/** A term of a school's year; classes belong to one. */
public record AcademicTermView(
        UUID id,
        UUID schoolId,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        @Schema(nullable = true) String sourcedId,
        boolean active,
        Instant createdAt,
        @Schema(description = "Changes with every update; also sent as the ETag") long version) implements Versioned {

    public static AcademicTermView of(AcademicTerm term) {
        return new AcademicTermView(term.id(), term.schoolId(), term.name(), term.startsOn(), term.endsOn(),
                term.sourcedId(), term.active(), term.createdAt(), term.version());
    }
}
