package org.tandem.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.tandem.platform.persistence.TenantOwned;

/**
 * A home whose guardians answer RSVPs and book conferences together. Only households an
 * administrator marked exist as rows; guardians without one share their children's default household.
 */
@Entity
@Table(name = "household")
public class Household extends TenantOwned {

    public Household() {
    }
}
