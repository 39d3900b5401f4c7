package org.tandem.events.conferences;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Bookings and the changes teachers made to them. */
@ApplicationScoped
public class BookingRepository implements PanacheRepositoryBase<ConferenceBooking, UUID> {

    public List<ConferenceBooking> ofConference(UUID conferenceId) {
        return list("conferenceId = ?1 order by startsAt", conferenceId);
    }

    public Optional<ConferenceBooking> ofSlot(UUID slotId) {
        return find("slotId", slotId).firstResultOptional();
    }

    public List<ConferenceBooking> ofSlots(Collection<UUID> slotIds) {
        return slotIds.isEmpty() ? List.of() : list("slotId in ?1", slotIds);
    }

    public List<ConferenceBooking> ofHousehold(UUID householdKey) {
        return list("householdKey = ?1 order by startsAt", householdKey);
    }

    public List<ConferenceBooking> ofConferences(Collection<UUID> conferenceIds) {
        return conferenceIds.isEmpty() ? List.of() : list("conferenceId in ?1 order by startsAt", conferenceIds);
    }

    public Optional<ConferenceBooking> ofHouseholdForStudent(UUID conferenceId, UUID studentId, UUID householdKey) {
        return find("conferenceId = ?1 and studentId = ?2 and householdKey = ?3", conferenceId, studentId, householdKey)
                .firstResultOptional();
    }

    public List<ConferenceChange> changesOfHousehold(UUID householdKey) {
        return getEntityManager().createQuery(
                        "SELECT c FROM ConferenceChange c WHERE c.householdKey = :h ORDER BY c.changedAt DESC, c.id",
                        ConferenceChange.class)
                .setParameter("h", householdKey).setMaxResults(100).getResultList();
    }

    void record(ConferenceChange change) {
        getEntityManager().persist(change);
    }
}
