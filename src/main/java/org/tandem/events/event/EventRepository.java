package org.tandem.events.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.events.FamilyReach;
import org.tandem.events.Viewer;

/** Events and their chosen families. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /** A stand-in for an empty id list, which no row matches. */
    private static final Set<UUID> NONE = Set.of(new UUID(0, 0));

    /** The event with its row locked until the transaction ends: RSVPs and capacity changes queue here. */
    public Event lockForRsvp(UUID eventId) {
        return getEntityManager().find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<UUID> chosenStudents(UUID eventId) {
        return getEntityManager().createQuery("SELECT f.studentId FROM EventFamily f WHERE f.eventId = :e ORDER BY f.studentId",
                UUID.class).setParameter("e", eventId).getResultList();
    }

    public void choose(UUID eventId, Collection<UUID> students) {
        students.forEach(student -> getEntityManager().persist(new EventFamily(eventId, student)));
    }

    /** Whether any of these students is among the event's chosen families. */
    public boolean chosenAmong(UUID eventId, Collection<UUID> students) {
        return !students.isEmpty() && !getEntityManager().createQuery(
                        "SELECT f.studentId FROM EventFamily f WHERE f.eventId = :e AND f.studentId IN :s", UUID.class)
                .setParameter("e", eventId).setParameter("s", students).setMaxResults(1).getResultList().isEmpty();
    }

    /** A place in the list of events (by start, then id): the last event of a page. */
    public record Position(Instant startsAt, UUID id) {
    }

    /** Events the viewer may see that overlap [from, to), by start: one statement. */
    public List<Event> visible(Viewer viewer, FamilyReach family, Instant from, Instant to, int limit) {
        return visible(viewer, family, from, to, null, limit);
    }

    /** {@link #visible(Viewer, FamilyReach, Instant, Instant, int)} after a position (keyset; no offset). */
    public List<Event> visible(Viewer viewer, FamilyReach family, Instant from, Instant to, Position after, int limit) {
        String scope = viewer.districtAdmin() ? "" : """
                AND (e.schoolId IN :staffSchools
                     OR (e.audience = 'school' AND e.schoolId IN :schools)
                     OR (e.audience = 'class' AND e.classId IN :classes)
                     OR (e.audience = 'families' AND EXISTS (SELECT 1 FROM EventFamily f
                         WHERE f.eventId = e.id AND f.studentId IN :students)))""";
        String keyset = after == null ? "" : " AND (e.startsAt > :afterStart OR (e.startsAt = :afterStart AND e.id > :afterId))";
        var query = getEntityManager().createQuery("SELECT e FROM Event e WHERE e.endsAt > :from AND e.startsAt < :to "
                        + scope + keyset + " ORDER BY e.startsAt, e.id", Event.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit);
        if (after != null) {
            query.setParameter("afterStart", after.startsAt()).setParameter("afterId", after.id());
        }
        if (!viewer.districtAdmin()) {
            query.setParameter("staffSchools", orNone(viewer.staffSchools())).setParameter("schools", orNone(family.schools()))
                    .setParameter("classes", orNone(family.classes())).setParameter("students", orNone(family.students()));
        }
        return query.getResultList();
    }

    private static Collection<UUID> orNone(Collection<UUID> ids) {
        return ids.isEmpty() ? NONE : ids;
    }
}
