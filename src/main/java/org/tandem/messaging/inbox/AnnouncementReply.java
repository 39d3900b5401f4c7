package org.tandem.messaging.inbox;

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

/** The direct thread a recipient's private reply to an announcement opened with its author. */
@Entity
@Table(name = "announcement_reply")
@IdClass(AnnouncementReply.Key.class)
public class AnnouncementReply {

    public record Key(UUID announcementId, UUID recipientId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "announcement_id")
    private UUID announcementId;
    @Id
    @Column(name = "recipient_id")
    private UUID recipientId;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "thread_id", nullable = false, updatable = false)
    private UUID threadId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AnnouncementReply() {
    }

    AnnouncementReply(UUID announcementId, UUID recipientId, UUID threadId) {
        this.announcementId = announcementId;
        this.recipientId = recipientId;
        this.threadId = threadId;
        this.createdAt = Clocks.now();
    }

    public UUID threadId() { return threadId; }
}
