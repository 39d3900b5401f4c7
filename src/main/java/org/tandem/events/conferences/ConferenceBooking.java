package org.tandem.events.conferences;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;

/**
 * A household's booking of a slot for a student. The database holds the guarantees: one booking
 * per slot, one per student, conference and household, and no guardian in two overlapping bookings
 * (an exclusion constraint on the booked time, which moves with the slot).
 */
@Entity
@Table(name = "conference_booking")
public class ConferenceBooking extends TenantOwned {

    @Column(name = "conference_id")
    private UUID conferenceId;
    @Column(name = "slot_id")
    private UUID slotId;
    @Column(name = "student_id")
    private UUID studentId;
    @Column(name = "guardian_id")
    private UUID guardianId;
    @Column(name = "household_key")
    private UUID householdKey;
    @Column(name = "booked_by")
    private UUID bookedBy;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    private int sequence;

    protected ConferenceBooking() {
    }

    public ConferenceBooking(ConferenceSlot slot, UUID studentId, UUID guardianId, UUID householdKey, UUID bookedBy) {
        this.conferenceId = slot.conferenceId();
        this.slotId = slot.id();
        this.studentId = studentId;
        this.guardianId = guardianId;
        this.householdKey = householdKey;
        this.bookedBy = bookedBy;
        this.startsAt = slot.startsAt();
        this.endsAt = slot.endsAt();
    }

    /** The slot moved (a snow day): the booking follows it. */
    void followSlot(ConferenceSlot slot) {
        this.startsAt = slot.startsAt();
        this.endsAt = slot.endsAt();
        this.sequence++;
    }

    public UUID conferenceId() { return conferenceId; }
    public UUID slotId() { return slotId; }
    public UUID studentId() { return studentId; }
    public UUID guardianId() { return guardianId; }
    public UUID householdKey() { return householdKey; }
    public UUID bookedBy() { return bookedBy; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public int sequence() { return sequence; }
}
