package org.tandem.events;

import java.util.Set;
import java.util.UUID;

/**
 * The students a guardian may RSVP and book for (current links with that permission: never a
 * no-contact one), with their classes and schools, and the guardian's household key.
 */
public record FamilyReach(UUID guardianId, UUID householdKey, Set<UUID> students, Set<UUID> classes,
                          Set<UUID> schools) {

    public static FamilyReach none() {
        return new FamilyReach(null, null, Set.of(), Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return students.isEmpty();
    }
}
