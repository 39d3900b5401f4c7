package org.tandem.messaging.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;

/** A participant's report of a message, waiting for (or resolved by) an administrator. */
@Entity
@Table(name = "message_report")
public class MessageReport extends TenantOwned {

    static final String OPEN = "open";

    @Column(name = "message_id", nullable = false, updatable = false)
    private UUID messageId;
    @Column(name = "reporter_id", nullable = false, updatable = false)
    private UUID reporterId;
    private String reason;
    private String note;
    private String state;
    @Column(name = "resolved_by")
    private UUID resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected MessageReport() {
    }

    MessageReport(UUID messageId, UUID reporterId, String reason, String note) {
        this.messageId = messageId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.note = note;
        this.state = OPEN;
    }

    public UUID messageId() { return messageId; }
    public UUID reporterId() { return reporterId; }
    public String reason() { return reason; }
    public String note() { return note; }
    public String state() { return state; }
    public UUID resolvedBy() { return resolvedBy; }
    public Instant resolvedAt() { return resolvedAt; }
}
