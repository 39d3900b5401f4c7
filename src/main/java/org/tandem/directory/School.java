package org.tandem.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.tandem.platform.persistence.TenantOwned;

/** A school of the district. */
@Entity
@Table(name = "school")
public class School extends TenantOwned {

    private String name;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "sourced_id")
    private String sourcedId;
    private boolean active = true;

    protected School() {
    }

    public School(String name, String timeZone, String sourcedId) {
        update(name, timeZone, sourcedId, true);
    }

    public void update(String name, String timeZone, String sourcedId, boolean active) {
        this.name = name;
        this.timeZone = timeZone;
        this.sourcedId = sourcedId;
        this.active = active;
    }

    public String name() { return name; }
    public String timeZone() { return timeZone; }
    public String sourcedId() { return sourcedId; }
    public boolean active() { return active; }
}
