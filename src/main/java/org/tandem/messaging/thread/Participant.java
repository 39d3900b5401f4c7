package org.tandem.messaging.thread;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.tandem.platform.time.Clocks;

/** An account's membership of a thread, with its read position and inbox flags. */
@Entity
@Table(name = "thread_participant")
@IdClass(Participant.Key.class)
public class Participant {

    public record Key(UUID threadId, UUID accountId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "thread_id")
    private UUID threadId;
    @Id
    @Column(name = "account_id")
    private UUID accountId;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    private String role;
    private String source;
    private boolean active = true;
    @Column(name = "last_read_seq")
    private long lastReadSeq;
    @Column(name = "last_read_at")
    private Instant lastReadAt;
    @Column(name = "unread_count")
    private int unreadCount;
    private boolean archived;
    private boolean muted;
    private boolean starred;
    @Column(name = "last_activity_at")
    private Instant lastActivityAt;
    @Column(name = "joined_at")
    private Instant joinedAt;

    protected Participant() {
    }

    public Participant(UUID threadId, UUID accountId, String role, boolean explicit, long readUpTo, Instant activity) {
        this.threadId = threadId;
        this.accountId = accountId;
        this.role = role;
        this.source = explicit ? "explicit" : "computed";
        this.lastReadSeq = readUpTo;
        this.lastActivityAt = activity;
        this.joinedAt = Clocks.now();
    }

    public void setFlags(Boolean archived, Boolean muted, Boolean starred) {
        if (archived != null) this.archived = archived;
        if (muted != null) this.muted = muted;
        if (starred != null) this.starred = starred;
    }

    public UUID threadId() { return threadId; }
    public UUID accountId() { return accountId; }
    public String role() { return role; }
    public boolean explicit() { return "explicit".equals(source); }
    public boolean active() { return active; }
    public long lastReadSeq() { return lastReadSeq; }
    public Instant lastReadAt() { return lastReadAt; }
    public int unreadCount() { return unreadCount; }
    public boolean archived() { return archived; }
    public boolean muted() { return muted; }
    public boolean starred() { return starred; }
    public Instant lastActivityAt() { return lastActivityAt; }
}
