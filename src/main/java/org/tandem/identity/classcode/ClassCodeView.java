package org.tandem.identity.classcode;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A class's join code as its staff see it. */
@Schema(name = "ClassCode")
public record ClassCodeView(
        @Schema(required = true) UUID classId,
        @Schema(required = true, minLength = 8, maxLength = 8, pattern = "^[A-HJKMNP-Z2-9]{8}$", examples = "K7MX3QPR",
                description = "Eight characters without look-alikes; families may type it in any case, with spaces or hyphens")
        String code,
        @Schema(required = true, description = "False once disabled; rotating enables it again") boolean active,
        @Schema(required = true) Instant rotatedAt) {

    static ClassCodeView of(ClassCode code) {
        return new ClassCodeView(code.classId(), code.code(), code.active(), code.rotatedAt());
    }
}
