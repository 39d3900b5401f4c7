package org.tandem.celebrations.badges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tandem.platform.persistence.TenantOwned;
import org.tandem.platform.time.Clocks;

/** A badge of the district's catalog: a name, a description and a symbol; retired badges stay on past celebrations. */
@Entity
@Table(name = "badge")
public class Badge extends TenantOwned {

    private String name;
    private String description;
    private BadgeSymbol symbol;
    private boolean active = true;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Badge() {
    }

    public Badge(String name, String description, BadgeSymbol symbol) {
        describe(name, description, symbol, true);
    }

    public void describe(String name, String description, BadgeSymbol symbol, boolean active) {
        this.name = name;
        this.description = description;
        this.symbol = symbol;
        this.active = active;
        this.updatedAt = Clocks.now();
    }

    public String name() { return name; }
    public String description() { return description; }
    public BadgeSymbol symbol() { return symbol; }
    public boolean active() { return active; }
    public Instant updatedAt() { return updatedAt; }
}
