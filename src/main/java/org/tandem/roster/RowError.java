package org.tandem.roster;

/** One reason a package cannot be imported: where (file, line, column; line 1 is the header) and why. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RosterImportError")
public record RowError(
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true, description = "The file (users.csv); null for the package as a whole")
        String file,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true, description = "The line in the file; 1 is the header")
        Integer line,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true, description = "The column")
        String column,
        String reason) {

    static RowError ofFile(String file, String reason) {
        return new RowError(file, null, null, reason);
    }
}
