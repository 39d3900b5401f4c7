package org.tandem.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A school district: the tenant. Its id is the tenant id of everything in it. */
@Entity
@Table(name = "district")
public class District {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    private String name;
    private String slug;
    @Column(name = "time_zone")
    private String timeZone;
    @Version
    private long version;

    protected District() {
    }

    /** Created inside a unit of work whose tenant is already {@code id}. */
    public District(UUID id, String name, String slug, String timeZone) {
        this.id = id;
        this.name = name;
        this.slug = slug;
        this.timeZone = timeZone;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public String slug() { return slug; }
    public String timeZone() { return timeZone; }
    public long version() { return version; }
}
