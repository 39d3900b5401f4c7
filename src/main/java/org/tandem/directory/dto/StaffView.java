package org.tandem.directory.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.directory.Staff;
import org.tandem.platform.concurrency.Versioned;

/** A member of a school's staff. */
public record StaffView(
        UUID id,
        UUID schoolId,
        String givenName,
        String familyName,
        String email,
        Staff.Kind kind,
        @Schema(description = "Whether a person has signed in as this staff member") boolean hasAccount,
        @Schema(nullable = true) String sourcedId,
        boolean active,
        Instant createdAt,
        @Schema(description = "Changes with every update; also sent as the ETag") long version) implements Versioned {

    public static StaffView of(Staff s) {
        return new StaffView(s.id(), s.schoolId(), s.givenName(), s.familyName(), s.email(), s.kind(),
                s.accountId() != null, s.sourcedId(), s.active(), s.createdAt(), s.version());
    }
}
