package org.tandem.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Announces changes of who is linked to a student, so audiences computed elsewhere follow at once. */
@ApplicationScoped
class StudentLinks {

    private final Event<StudentLinksChanged> event;
    private final EntityManager em;

    StudentLinks(Event<StudentLinksChanged> event, EntityManager em) {
        this.event = event;
        this.em = em;
    }

    void changed(UUID studentId) {
        em.flush();
        event.fire(new StudentLinksChanged(studentId));
    }

    /** A change to a class's staff concerns every student in it. */
    void classChanged(UUID classId) {
        em.flush();
        em.createQuery("SELECT e.studentId FROM Enrollment e WHERE e.classId = :class AND e.active = true", UUID.class)
                .setParameter("class", classId).getResultList()
                .forEach(student -> event.fire(new StudentLinksChanged(student)));
    }
}
