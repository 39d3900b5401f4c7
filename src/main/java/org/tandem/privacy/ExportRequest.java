package org.tandem.privacy;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Asking for an export; the purpose goes into the disclosure log when the archive is handed over. */
@Schema(name = "NewStudentExport")
public record ExportRequest(
        @Size(max = 500)
        @Schema(nullable = true, maxLength = 500, description = "Why the records are exported; defaults to \"Parent's access "
                + "request\" for a guardian and \"Administrative export\" for an administrator",
                example = "Records requested by the receiving school")
        String purpose) {
}
