package org.tandem.messaging.dto;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Contacts the caller has blocked. */
public final class Blocks {

    private Blocks() {
    }

    @Schema(name = "NewContactBlock")
    public record NewBlock(@NotNull @Schema(required = true, description = "The account to block") UUID accountId) {
    }

    @Schema(name = "ContactBlock")
    public record Block(@Schema(required = true) UUID accountId, @Schema(required = true) String displayName,
                        @Schema(required = true) Instant blockedAt) {
    }
}
