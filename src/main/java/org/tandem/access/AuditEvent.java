package org.tandem.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.tandem.platform.time.Clocks;

/** One disclosure of a student's records. Append-only. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "actor_id")
    private UUID actorId;
    @Column(name = "actor_role")
    private String actorRole;
    private String action;
    @Column(name = "student_id")
    private UUID studentId;
    private String purpose;
    @Column(name = "request_id")
    private String requestId;

    protected AuditEvent() {
    }

    AuditEvent(UUID actorId, String actorRole, String action, UUID studentId, String purpose, String requestId) {
        this.id = UUID.randomUUID();
        this.occurredAt = Clocks.now();
        this.actorId = actorId;
        this.actorRole = actorRole;
        this.action = action;
        this.studentId = studentId;
        this.purpose = purpose;
        this.requestId = requestId;
    }

    public UUID id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public UUID actorId() { return actorId; }
    public String actorRole() { return actorRole; }
    public String action() { return action; }
    public UUID studentId() { return studentId; }
    public String purpose() { return purpose; }
    public String requestId() { return requestId; }
}
