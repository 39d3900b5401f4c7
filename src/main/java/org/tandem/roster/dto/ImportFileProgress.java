package org.tandem.roster.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far an import is through one file of its package. */
public record ImportFileProgress(
        @Schema(description = "The file (users.csv)") String name,
        @Schema(description = "bulk or delta, as the manifest says") String mode,
        @Schema(description = "The file's data rows") long rowsTotal,
        @Schema(description = "Rows read and checked so far") long rowsDone) {
}
