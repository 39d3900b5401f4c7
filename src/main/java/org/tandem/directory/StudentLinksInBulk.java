package org.tandem.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.tandem.access.Connections;

/**
 * Announces that the links of many students changed at once (a roster import wrote them with plain
 * SQL in the current transaction), so that audiences computed from the directory follow.
 */
@ApplicationScoped
public class StudentLinksInBulk {

    private final Event<StudentLinksChangedInBulk> event;
    private final Connections connections;

    StudentLinksInBulk(Event<StudentLinksChangedInBulk> event, Connections connections) {
        this.event = event;
        this.connections = connections;
    }

    /** {@code students} changed themselves; the staff of {@code classes} changed, which concerns their students. */
    public void changed(Collection<UUID> students, Collection<UUID> classes) {
        Set<UUID> all = new HashSet<>(students);
        classes.forEach(schoolClass -> all.addAll(connections.studentsOfClass(schoolClass)));
        if (!all.isEmpty()) {
            event.fire(new StudentLinksChangedInBulk(all));
        }
    }
}
