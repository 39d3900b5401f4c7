package org.tandem.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.tandem.platform.time.Clocks;

/**
 * The columns every tenant-owned record has: a UUID id, the tenant it belongs to (filled in and
 * filtered on by Hibernate from the current tenant), a creation time and an optimistic-lock version.
 */
@MappedSuperclass
public abstract class TenantOwned {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected TenantOwned() {
        this.id = UUID.randomUUID();
        this.createdAt = Clocks.now();
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId == null ? null : UUID.fromString(tenantId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
