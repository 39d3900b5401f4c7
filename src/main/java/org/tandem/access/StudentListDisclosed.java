package org.tandem.access;

import java.util.List;
import java.util.UUID;

/**
 * Fired when a page of students' directory records leaves the school through an integrator's list
 * read (the way a roster sync reads the directory): one disclosure per student on the page, written by
 * the privacy feature in one statement.
 */
public record StudentListDisclosed(List<UUID> studentIds, UUID recipientId, String records, String purpose) {
}
