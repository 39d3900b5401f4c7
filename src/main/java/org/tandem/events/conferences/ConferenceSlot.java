package org.tandem.events.conferences;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One bookable slot of a conference, at local times in the conference's zone. */
@Entity
@Table(name = "conference_slot")
public class ConferenceSlot {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "conference_id")
    private UUID conferenceId;
    @Column(name = "starts_local")
    private LocalDateTime startsLocal;
    @Column(name = "ends_local")
    private LocalDateTime endsLocal;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    private boolean blocked;
    @Version
    private long version;

    protected ConferenceSlot() {
    }

    public ConferenceSlot(UUID conferenceId, LocalDateTime start, LocalDateTime end, ZoneId zone) {
        this.id = UUID.randomUUID();
        this.conferenceId = conferenceId;
        moveTo(start, end, zone);
    }

    final void moveTo(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        this.startsLocal = start;
        this.endsLocal = end;
        this.startsAt = start.atZone(zone).toInstant();
        this.endsAt = end.atZone(zone).toInstant();
    }

    void block(boolean blocked) {
        this.blocked = blocked;
    }

    /** Blocked when seeded (the demo district). */
    public void blockForDemo() {
        this.blocked = true;
    }

    public UUID id() { return id; }
    public UUID conferenceId() { return conferenceId; }
    public LocalDateTime startsLocal() { return startsLocal; }
    public LocalDateTime endsLocal() { return endsLocal; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public boolean blocked() { return blocked; }
    public long version() { return version; }
}
