package org.tandem.roster.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.platform.concurrency.Versioned;

/** The district's OneRoster REST provider: its settings (never its credentials) and where its pulls stand. */
@Schema(name = "RosterProvider")
public record ProviderView(
        String baseUrl,
        String tokenUrl,
        @Schema(nullable = true) String scope,
        @Schema(description = "Always true: client id and secret are set (they are never returned)") boolean credentialsSet,
        @Schema(nullable = true, description = "The schedule of delta pulls (ISO 8601 duration); null: on demand only")
        String pullEvery,
        @Schema(nullable = true, implementation = String.class, format = "date-time",
                description = "When the next scheduled pull starts") Instant nextPullAt,
        @Schema(nullable = true, implementation = String.class, format = "date-time",
                description = "The latest dateLastModified of the last successful pull: the next delta asks for records "
                        + "modified after it. Null until a pull succeeds.") Instant watermark,
        @Schema(nullable = true, implementation = String.class, format = "uuid",
                description = "The last pull started (a roster import job)") UUID lastPullId,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant lastSucceededAt,
        Instant createdAt,
        Instant updatedAt,
        long version) implements Versioned {
}
