package org.tandem.messaging.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A class, named. */
@Schema(name = "ClassRef")
public record ClassRef(
        @Schema(required = true) UUID classId,
        @Schema(required = true, example = "Grade 3") String name,
        @Schema(required = true, nullable = true, example = "Art") String subject) {
}
