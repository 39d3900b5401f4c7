package org.tandem.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;
import org.tandem.platform.time.Clocks;

/**
 * An event for a school, a class's families or chosen families, at local times in an IANA zone. The
 * instants are derived from them; {@code sequence} (iCalendar's SEQUENCE) grows with each change.
 */
@Entity
@Table(name = "event")
public class Event extends TenantOwned {

    @Column(name = "school_id")
    private UUID schoolId;
    private String audience;
    @Column(name = "class_id")
    private UUID classId;
    private String title;
    private String description;
    private String kind;
    @Column(name = "starts_local")
    private LocalDateTime startsLocal;
    @Column(name = "ends_local")
    private LocalDateTime endsLocal;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    private String place;
    @Column(name = "video_link")
    private String videoLink;
    private Integer capacity;
    @Column(name = "rsvp_deadline")
    private Instant rsvpDeadline;
    @Column(name = "guests_allowed")
    private boolean guestsAllowed;
    @Column(name = "max_guests")
    private Integer maxGuests;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancel_reason")
    private String cancelReason;
    private int sequence;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Event() {
    }

    public Event(UUID schoolId, String audience, UUID classId, UUID createdBy, EventDetails details) {
        this.schoolId = schoolId;
        this.audience = audience;
        this.classId = classId;
        this.createdBy = createdBy;
        apply(details);
    }

    /** Replaces what organizers edit; a change of anything families see bumps the calendar sequence. */
    void revise(EventDetails details) {
        apply(details);
        sequence++;
    }

    void cancel(String reason, Instant at) {
        this.cancelledAt = at;
        this.cancelReason = reason;
        this.updatedAt = at;
        sequence++;
    }

    private void apply(EventDetails d) {
        this.title = d.title();
        this.description = d.description();
        this.kind = d.kind();
        this.startsLocal = d.startsLocal();
        this.endsLocal = d.endsLocal();
        this.timeZone = d.zone().getId();
        this.startsAt = d.startsAt();
        this.endsAt = d.endsAt();
        this.place = d.place();
        this.videoLink = d.videoLink();
        this.capacity = d.capacity();
        this.rsvpDeadline = d.rsvpDeadline();
        this.guestsAllowed = d.guestsAllowed();
        this.maxGuests = d.maxGuests();
        this.updatedAt = Clocks.now();
    }

    public boolean cancelled() { return cancelledAt != null; }
    public UUID schoolId() { return schoolId; }
    public String audience() { return audience; }
    public UUID classId() { return classId; }
    public String title() { return title; }
    public String description() { return description; }
    public String kind() { return kind; }
    public LocalDateTime startsLocal() { return startsLocal; }
    public LocalDateTime endsLocal() { return endsLocal; }
    public ZoneId zone() { return ZoneId.of(timeZone); }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public String place() { return place; }
    public String videoLink() { return videoLink; }
    public Integer capacity() { return capacity; }
    public Instant rsvpDeadline() { return rsvpDeadline; }
    public boolean guestsAllowed() { return guestsAllowed; }
    public Integer maxGuests() { return maxGuests; }
    public Instant cancelledAt() { return cancelledAt; }
    public String cancelReason() { return cancelReason; }
    public int sequence() { return sequence; }
    public UUID createdBy() { return createdBy; }
    public Instant updatedAt() { return updatedAt; }
}
