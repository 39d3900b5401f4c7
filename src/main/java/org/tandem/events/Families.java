package org.tandem.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.access.Connections;
import org.tandem.access.GuardianLink;
import org.tandem.access.StudentCapability;
import org.tandem.access.StudentPlace;

/** What events and conferences ask of the directory about families, answered through {@link Connections}. */
@ApplicationScoped
public class Families {

    private final Connections connections;

    Families(Connections connections) {
        this.connections = connections;
    }

    /** The viewer's reach as a guardian with the booking and RSVP permission (empty for others). */
    public FamilyReach reachOf(Viewer viewer) {
        if (viewer.guardianId().isEmpty()) {
            return FamilyReach.none();
        }
        UUID guardian = viewer.guardianId().get();
        Set<UUID> students = new LinkedHashSet<>();
        for (GuardianLink link : connections.linksOfGuardian(guardian)) {
            if (link.allows(StudentCapability.BOOK_AND_RSVP)) {
                students.add(link.studentId());
            }
        }
        if (students.isEmpty()) {
            return FamilyReach.none();
        }
        Set<UUID> schools = new LinkedHashSet<>();
        connections.placesOf(students).stream().map(StudentPlace::schoolId).forEach(schools::add);
        UUID household = connections.householdsOf(List.of(guardian)).get(guardian);
        return new FamilyReach(guardian, household, Set.copyOf(students), connections.activeClassesOf(students),
                Set.copyOf(schools));
    }

    public Connections connections() {
        return connections;
    }
}
