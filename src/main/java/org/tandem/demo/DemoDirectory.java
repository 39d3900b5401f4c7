package org.tandem.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.UUID;
import org.tandem.directory.Guardian;
import org.tandem.directory.School;
import org.tandem.directory.SchoolClass;
import org.tandem.directory.Staff;
import org.tandem.directory.Student;
import org.tandem.identity.Account;

/**
 * The demo district's people and classes, found by the names the README gives them, for the
 * {@link DemoSection}s. Call it inside the demo district's tenant (as {@link DemoDistrict} does).
 */
@ApplicationScoped
class DemoDirectory {

    private final EntityManager em;
    private final Clock clock;

    DemoDirectory(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    EntityManager em() {
        return em;
    }

    Clock clock() {
        return clock;
    }

    School school() {
        return em.createQuery("from School where sourcedId = 'demo-school-1'", School.class).getSingleResult();
    }

    /** A class by its demo sourced id: {@code demo-class-3}, {@code demo-class-5} or {@code demo-class-art}. */
    SchoolClass schoolClass(String sourcedId) {
        return em.createQuery("from SchoolClass where sourcedId = :s", SchoolClass.class)
                .setParameter("s", sourcedId).getSingleResult();
    }

    /** A student by given name: Maya, Leo, Ava, Noah or Sofia. */
    Student student(String givenName) {
        return em.createQuery("from Student where givenName = :g", Student.class)
                .setParameter("g", givenName).getSingleResult();
    }

    /** An account by the email the README lists ({@link DemoPeople}). */
    Account account(String email) {
        return em.createQuery("from Account where email = :e", Account.class)
                .setParameter("e", email).getSingleResult();
    }

    /** The staff record of a demo staff member, by email. */
    Staff staff(String email) {
        return em.createQuery("from Staff where email = :e", Staff.class)
                .setParameter("e", email).getSingleResult();
    }

    /** The guardian record of a demo family member, by email. */
    Guardian guardian(String email) {
        return em.createQuery("from Guardian where email = :e", Guardian.class)
                .setParameter("e", email).getSingleResult();
    }

    UUID districtId() {
        return DemoDistrict.ID;
    }
}
