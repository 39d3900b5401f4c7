package org.tandem.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Directory records other features show (a caller's children and classes, the district's name), by
 * id, in one statement each. Whether the caller may see them is decided before, by {@code access/}.
 */
@ApplicationScoped
public class DirectoryReads {

    private final EntityManager em;

    DirectoryReads(EntityManager em) {
        this.em = em;
    }

    public Optional<District> district(UUID id) {
        return Optional.ofNullable(em.find(District.class, id));
    }

    public Optional<Student> student(UUID id) {
        return Optional.ofNullable(em.find(Student.class, id));
    }

    /** These students, by family then given name. */
    public List<Student> students(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("FROM Student s WHERE s.id IN :ids", Student.class).setParameter("ids", ids)
                .getResultStream()
                .sorted(Comparator.comparing(Student::familyName).thenComparing(Student::givenName))
                .toList();
    }

    /** These classes, by name. */
    public List<SchoolClass> classes(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("FROM SchoolClass c WHERE c.id IN :ids ORDER BY c.name", SchoolClass.class)
                .setParameter("ids", ids).getResultList();
    }

    /** These staff records. */
    public List<Staff> staff(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("FROM Staff s WHERE s.id IN :ids", Staff.class).setParameter("ids", ids).getResultList();
    }

    /** These guardian records. */
    public List<Guardian> guardians(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("FROM Guardian g WHERE g.id IN :ids", Guardian.class).setParameter("ids", ids)
                .getResultList();
    }
}
