package org.tandem.events.conferences;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Conferences and their slots (one aggregate). */
@ApplicationScoped
public class ConferenceRepository implements PanacheRepositoryBase<Conference, UUID> {

    public List<Conference> ofStaff(Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return list("staffId in ?1 order by createdAt, id", staffIds);
    }

    public List<ConferenceSlot> slots(UUID conferenceId) {
        return getEntityManager().createQuery(
                        "SELECT s FROM ConferenceSlot s WHERE s.conferenceId = :c ORDER BY s.startsAt, s.id", ConferenceSlot.class)
                .setParameter("c", conferenceId).getResultList();
    }

    public ConferenceSlot slot(UUID slotId) {
        return slotId == null ? null : getEntityManager().find(ConferenceSlot.class, slotId);
    }

    /** Slots of a conference starting within [from, to) in local time. */
    public List<ConferenceSlot> slotsBetween(UUID conferenceId, LocalDateTime from, LocalDateTime to) {
        return getEntityManager().createQuery("""
                        SELECT s FROM ConferenceSlot s WHERE s.conferenceId = :c AND s.startsLocal >= :from AND s.startsLocal < :to
                        ORDER BY s.startsAt""", ConferenceSlot.class)
                .setParameter("c", conferenceId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Free slots (not blocked, not booked, in the future) of these conferences, by start. */
    public List<ConferenceSlot> freeSlots(Collection<UUID> conferenceIds, Instant after) {
        if (conferenceIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                        SELECT s FROM ConferenceSlot s WHERE s.conferenceId IN :c AND s.blocked = false AND s.startsAt > :after
                          AND NOT EXISTS (SELECT 1 FROM ConferenceBooking b WHERE b.slotId = s.id)
                        ORDER BY s.startsAt, s.id""", ConferenceSlot.class)
                .setParameter("c", conferenceIds).setParameter("after", after).getResultList();
    }

    void add(ConferenceSlot slot) {
        getEntityManager().persist(slot);
    }
}
