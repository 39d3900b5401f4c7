package org.tandem.events.conferences;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.platform.persistence.NamedSql;
import org.tandem.platform.persistence.Sql;

/** Bookings and the changes made to them without the family (a teacher's move, a cancellation). */
@ApplicationScoped
public class BookingRepository implements PanacheRepositoryBase<ConferenceBooking, UUID> {

    private final Sql sql;

    BookingRepository(Sql sql) {
        this.sql = sql;
    }

    /**
     * Inserts the booking in one statement unless the database's constraints refuse it (the slot is
     * taken, the household holds a slot for the student, the guardian holds an overlapping one):
     * then nothing is written and no exception passes through Hibernate. A request that races a
     * booking still in flight waits only until that transaction ends. Call after pending entity
     * changes are flushed.
     */
    boolean insertUnlessRefused(ConferenceBooking b) {
        return sql.one(INSERT.sql(), rs -> true, INSERT.bind(new NamedSql.Params().set("tenant", sql.tenant())
                .set("id", b.id()).set("conference", b.conferenceId()).set("slot", b.slotId()).set("student", b.studentId())
                .set("guardian", b.guardianId()).set("household", b.householdKey()).set("by", b.bookedBy())
                .set("starts", b.startsAt()).set("ends", b.endsAt()).set("at", b.createdAt()))).isPresent();
    }

    static final NamedSql INSERT = NamedSql.of("""
            INSERT INTO conference_booking (tenant_id, id, conference_id, slot_id, student_id, guardian_id, household_key,
                                            booked_by, starts_at, ends_at, sequence, created_at, version)
            VALUES (:tenant, :id, :conference, :slot, :student, :guardian, :household, :by, :starts, :ends, 0, :at, 0)
            ON CONFLICT DO NOTHING RETURNING id""");

    /** The 409 that says which guarantee refused a booking {@link #insertUnlessRefused} did not write. */
    RuntimeException refusal(ConferenceBooking b) {
        String tenant = sql.tenant();
        return sql.one("""
                        SELECT EXISTS (SELECT 1 FROM conference_booking WHERE tenant_id = ? AND slot_id = ?) AS slot,
                               EXISTS (SELECT 1 FROM conference_booking WHERE tenant_id = ? AND conference_id = ?
                                         AND student_id = ? AND household_key = ?) AS household""",
                rs -> rs.getBoolean("slot") ? BookingConflicts.slotTaken()
                        : rs.getBoolean("household") ? BookingConflicts.alreadyBooked() : BookingConflicts.overlapping(),
                tenant, b.slotId(), tenant, b.conferenceId(), b.studentId(), b.householdKey())
                .orElseGet(BookingConflicts::overlapping);
    }

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
