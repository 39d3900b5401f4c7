package org.tandem.privacy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** That a deletion took place: who ordered it, when, and how many rows each feature removed. Names no one. */
@Schema(name = "Erasure", description = "A deletion's record. It deliberately does not say whom the deletion was about.")
public record ErasureView(
        @Schema(required = true) UUID id,
        @Schema(required = true, enumeration = {"student", "account"}) String kind,
        @Schema(required = true, description = "The account that ordered the deletion") UUID orderedBy,
        @Schema(required = true, description = "Its role when it ordered it") String orderedByRole,
        @Schema(required = true) Instant orderedAt,
        @Schema(required = true, description = "Rows removed, by feature (messaging, goals, ...)") Map<String, Integer> rowsRemoved) {
}
