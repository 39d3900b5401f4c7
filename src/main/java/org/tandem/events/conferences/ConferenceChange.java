package org.tandem.events.conferences;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A change to a family's booking: the teacher moved it (a snow-day move) or someone cancelled it;
 * for the household to see and (later) be told. A cancellation's {@code toStartsAt} is the time the
 * booking held, as its {@code fromStartsAt}.
 */
@Entity
@Table(name = "conference_change")
public class ConferenceChange {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "conference_id")
    private UUID conferenceId;
    @Column(name = "booking_id")
    private UUID bookingId;
    @Column(name = "student_id")
    private UUID studentId;
    @Column(name = "household_key")
    private UUID householdKey;
    private String kind;
    @Column(name = "from_starts_at")
    private Instant fromStartsAt;
    @Column(name = "to_starts_at")
    private Instant toStartsAt;
    @Column(name = "changed_by")
    private UUID changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected ConferenceChange() {
    }

    ConferenceChange(ConferenceBooking booking, Instant from, UUID by, Instant at) {
        this.id = UUID.randomUUID();
        this.conferenceId = booking.conferenceId();
        this.bookingId = booking.id();
        this.studentId = booking.studentId();
        this.householdKey = booking.householdKey();
        this.kind = "moved";
        this.fromStartsAt = from;
        this.toStartsAt = booking.startsAt();
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The booking was cancelled (by the household or the teacher); it held the slot at its start time. */
    static ConferenceChange cancelled(ConferenceBooking booking, UUID by, Instant at) {
        ConferenceChange change = new ConferenceChange(booking, booking.startsAt(), by, at);
        change.kind = "cancelled";
        return change;
    }

    public UUID id() { return id; }
    public UUID conferenceId() { return conferenceId; }
    public UUID bookingId() { return bookingId; }
    public UUID studentId() { return studentId; }
    public String kind() { return kind; }
    public Instant fromStartsAt() { return fromStartsAt; }
    public Instant toStartsAt() { return toStartsAt; }
    public Instant changedAt() { return changedAt; }
}
