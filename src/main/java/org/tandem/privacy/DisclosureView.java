package org.tandem.privacy;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One disclosure of a student's records outside the school (FERPA §99.32). */
@Schema(name = "Disclosure")
public record DisclosureView(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true, enumeration = {"guardian", "administrator", "integrator"}, description = "Who received the records")
        String recipientKind,
        @Schema(required = true, description = "The receiving account or integrator client") UUID recipientId,
        @Schema(required = true, description = "What was disclosed", example = "Export of the student's records: student, messages, goals")
        String records,
        @Schema(required = true, description = "Why: the purpose given, or the legitimate interest", example = "Parent's access request")
        String purpose,
        @Schema(required = true, nullable = true, implementation = String.class, format = "uuid", description = "The export handed over, if it was one") UUID exportId,
        @Schema(required = true, nullable = true) String requestId) {
}
