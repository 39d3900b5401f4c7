package org.tandem.directory;

import java.util.UUID;

/**
 * Fired (synchronously, inside the changing transaction) when who is linked to a student changes:
 * a guardianship's flags, an enrollment, a teaching assignment of one of their classes. Features
 * that compute audiences from these links (messaging) observe it and re-sync.
 */
public record StudentLinksChanged(UUID studentId) {
}
