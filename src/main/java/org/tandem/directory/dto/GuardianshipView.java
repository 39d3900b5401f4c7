package org.tandem.directory.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.directory.Guardianship;
import org.tandem.directory.Relationship;
import org.tandem.platform.concurrency.Versioned;

/** The link between a student and a guardian: what the guardian is to the student and may do. */
public record GuardianshipView(
        UUID id,
        UUID studentId,
        UUID guardianId,
        Relationship relationship,
        boolean educationalRights,
        boolean receivesCommunications,
        boolean mayMessageStaff,
        boolean mayBookAndRsvp,
        boolean maySeeGoalsAndCelebrations,
        @Schema(description = "When true, no permission applies") boolean noContact,
        @Schema(nullable = true) String sourcedId,
        boolean active,
        Instant createdAt,
        @Schema(description = "Changes with every update; send it as If-Match (required) to change the link")
        long version) implements Versioned {

    public static GuardianshipView of(Guardianship g) {
        Guardianship.Permissions p = g.permissions();
        return new GuardianshipView(g.id(), g.studentId(), g.guardianId(), g.relationship(), g.educationalRights(),
                p.receivesCommunications(), p.mayMessageStaff(), p.mayBookAndRsvp(), p.maySeeGoalsAndCelebrations(),
                g.noContact(), g.sourcedId(), g.active(), g.createdAt(), g.version());
    }
}
