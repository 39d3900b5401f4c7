package org.tandem.messaging.blocks;

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

/** One person no longer wanting to hear from another. */
@Entity
@Table(name = "contact_block")
@IdClass(ContactBlock.Key.class)
public class ContactBlock {

    public record Key(UUID blockerId, UUID blockedId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "blocker_id")
    private UUID blockerId;
    @Id
    @Column(name = "blocked_id")
    private UUID blockedId;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContactBlock() {
    }

    ContactBlock(UUID blockerId, UUID blockedId) {
        this.blockerId = blockerId;
        this.blockedId = blockedId;
        this.createdAt = Clocks.now();
    }

    public UUID blockerId() { return blockerId; }
    public UUID blockedId() { return blockedId; }
    public Instant createdAt() { return createdAt; }
}
