package org.tandem.directory;

import java.util.Set;
import java.util.UUID;

/**
 * {@link StudentLinksChanged} for many students at once (a roster import): fired synchronously,
 * inside the changing transaction, so that observers re-sync each affected audience once instead
 * of once per student. Observers of the single event should observe this one too.
 */
public record StudentLinksChangedInBulk(Set<UUID> studentIds) {

    public StudentLinksChangedInBulk {
        studentIds = Set.copyOf(studentIds);
    }
}
