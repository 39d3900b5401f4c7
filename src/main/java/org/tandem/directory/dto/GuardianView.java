package org.tandem.directory.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.directory.Guardian;
import org.tandem.platform.concurrency.Versioned;

/** A family member. */
public record GuardianView(
        UUID id,
        String givenName,
        String familyName,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) String phone,
        String preferredLanguage,
        @Schema(description = "Whether this person has joined with an account") boolean hasAccount,
        @Schema(nullable = true) String sourcedId,
        boolean active,
        Instant createdAt,
        @Schema(description = "Changes with every update; also sent as the ETag") long version) implements Versioned {

    public static GuardianView of(Guardian g) {
        return new GuardianView(g.id(), g.givenName(), g.familyName(), g.email(), g.phone(), g.preferredLanguage(),
                g.accountId() != null, g.sourcedId(), g.active(), g.createdAt(), g.version());
    }
}
