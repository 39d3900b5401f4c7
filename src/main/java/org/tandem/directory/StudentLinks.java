package org.tandem.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.tandem.access.Connections;

/** Announces changes of who is linked to a student, so audiences computed elsewhere follow at once. */
@ApplicationScoped
class StudentLinks {

    private final Event<StudentLinksChanged> event;
    private final EntityManager em;
    private final Connections connections;

    StudentLinks(Event<StudentLinksChanged> event, EntityManager em, Connections connections) {
        this.event = event;
        this.em = em;
        this.connections = connections;
    }

    void changed(UUID studentId) {
        em.flush();
        event.fire(new StudentLinksChanged(studentId));
    }

    /** A change to a class's staff concerns every student in it. */
    void classChanged(UUID classId) {
        em.flush();
        connections.studentsOfClass(classId).forEach(student -> event.fire(new StudentLinksChanged(student)));
    }
}
