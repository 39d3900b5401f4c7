package org.tandem.privacy;

/**
 * The extension point of a student's export: each feature that keeps records about a student provides
 * one implementation (a CDI bean) that reads its own tables and answers its section of the archive as
 * plain JSON values (maps, lists, strings, numbers), honouring the {@link ExportScope}. Sections are
 * written in {@link #sectionOrder()}; a section that answers null is left out (e.g. goals for a requester
 * who may not see them).
 */
public interface StudentRecordsExport {

    /** The section's key in the JSON file and its heading in the summary ({@code messages}, {@code goals}). */
    String section();

    /** A one-line description for the summary's reader. */
    String description();

    default int sectionOrder() {
        return 100;
    }

    Object export(ExportScope scope);
}
