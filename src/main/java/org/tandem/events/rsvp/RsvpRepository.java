package org.tandem.events.rsvp;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** RSVPs. Every change runs with the event's row locked (EventRepository.lockForRsvp). */
@ApplicationScoped
public class RsvpRepository implements PanacheRepositoryBase<Rsvp, UUID> {

    public Optional<Rsvp> ofHousehold(UUID eventId, UUID householdKey) {
        return find("eventId = ?1 and householdKey = ?2", eventId, householdKey).firstResultOptional();
    }

    public int confirmedHeads(UUID eventId) {
        return ((Number) getEntityManager().createQuery("""
                        SELECT COALESCE(SUM(1 + r.adultGuests + r.childGuests), 0) FROM Rsvp r
                        WHERE r.eventId = :e AND r.status = 'confirmed'""")
                .setParameter("e", eventId).getSingleResult()).intValue();
    }

    /** The waiting parties in order of arrival. */
    public List<Rsvp> waitlist(UUID eventId) {
        return list("eventId = ?1 and status = 'waitlisted' order by waitlistSeq", eventId);
    }

    /** The waiting parties of at most {@code heads} heads, in order of arrival. */
    public List<Rsvp> waitingThatFit(UUID eventId, int heads) {
        return getEntityManager().createQuery("""
                        SELECT r FROM Rsvp r WHERE r.eventId = :e AND r.status = 'waitlisted'
                          AND 1 + r.adultGuests + r.childGuests <= :heads ORDER BY r.waitlistSeq""", Rsvp.class)
                .setParameter("e", eventId).setParameter("heads", heads).getResultList();
    }

    /** A household's place on the waitlist (1 = next), counted in parties ahead. */
    public long positionOf(Rsvp rsvp) {
        return count("eventId = ?1 and status = 'waitlisted' and waitlistSeq <= ?2", rsvp.eventId(), rsvp.waitlistSeq());
    }

    /** Every answer to the event: confirmed first, then the waitlist in order, then the rest. */
    public List<Rsvp> ofEvent(UUID eventId) {
        return getEntityManager().createQuery("""
                        SELECT r FROM Rsvp r WHERE r.eventId = :e
                        ORDER BY CASE r.status WHEN 'confirmed' THEN 0 WHEN 'waitlisted' THEN 1 WHEN 'maybe' THEN 2 ELSE 3 END,
                                 r.waitlistSeq, r.respondedAt, r.id""", Rsvp.class)
                .setParameter("e", eventId).getResultList();
    }

    public List<Rsvp> ofHouseholdAcross(UUID householdKey, List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return list("householdKey = ?1 and eventId in ?2", householdKey, eventIds);
    }

    /** The next place in arrival order on any waitlist (the demo's answers; live answers take it in RsvpAnswers). */
    public long nextWaitlistSeq() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('event_waitlist_seq')").getSingleResult())
                .longValue();
    }
}
