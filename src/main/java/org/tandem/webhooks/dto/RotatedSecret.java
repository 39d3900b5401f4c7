package org.tandem.webhooks.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new signing secret, shown this once. */
@Schema(name = "RotatedSecret")
public record RotatedSecret(
        @Schema(required = true, description = "The new secret (`whsec_...`); it signs every delivery from now on") String secret,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                description = "Until when the previous secret also signs (each request then carries"
                + " two `v1,` signatures); null when it was retired at once") Instant previousSecretExpiresAt) {
}
