package org.tandem.celebrations.replies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;
import org.tandem.platform.time.Clocks;

/** Someone's report of a reply, waiting for (or resolved by) an administrator. */
@Entity
@Table(name = "celebration_reply_report")
public class ReplyReport extends TenantOwned {

    static final String OPEN = "open";

    @Column(name = "reply_id", nullable = false, updatable = false)
    private UUID replyId;
    @Column(name = "reporter_id", nullable = false, updatable = false)
    private UUID reporterId;
    private String reason;
    private String note;
    private String state;
    @Column(name = "resolved_by")
    private UUID resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected ReplyReport() {
    }

    ReplyReport(UUID replyId, UUID reporterId, String reason, String note) {
        this.replyId = replyId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.note = note;
        this.state = OPEN;
    }

    void resolve(String outcome, UUID by) {
        this.state = outcome;
        this.resolvedBy = by;
        this.resolvedAt = Clocks.now();
    }

    public UUID replyId() { return replyId; }
    public UUID reporterId() { return reporterId; }
    public String reason() { return reason; }
    public String note() { return note; }
    public String state() { return state; }
    public UUID resolvedBy() { return resolvedBy; }
    public Instant resolvedAt() { return resolvedAt; }
}
