package org.tandem.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;

/** A family member linked to one or more students by guardianships; linked to an account once they join. */
@Entity
@Table(name = "guardian")
public class Guardian extends TenantOwned {

    @Column(name = "account_id")
    private UUID accountId;
    @Column(name = "given_name")
    private String givenName;
    @Column(name = "family_name")
    private String familyName;
    private String email;
    private String phone;
    @Column(name = "preferred_language")
    private String preferredLanguage;
    @Column(name = "sourced_id")
    private String sourcedId;
    private boolean active = true;
    /** Null: the default household shared with the other guardians of their children (docs/events.md). */
    @Column(name = "household_id")
    private UUID householdId;

    protected Guardian() {
    }

    public Guardian(String givenName, String familyName, String email, String phone, String preferredLanguage,
                    String sourcedId) {
        update(givenName, familyName, email, phone, preferredLanguage, sourcedId, true);
    }

    public void update(String givenName, String familyName, String email, String phone, String preferredLanguage,
                       String sourcedId, boolean active) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.email = email;
        this.phone = phone;
        this.preferredLanguage = preferredLanguage == null ? "en" : preferredLanguage;
        this.sourcedId = sourcedId;
        this.active = active;
    }

    public void linkAccount(UUID accountId) {
        this.accountId = accountId;
    }

    /** Moves the guardian into a household of their own or another's; null returns them to the default one. */
    public void liveIn(UUID householdId) {
        this.householdId = householdId;
    }

    public UUID householdId() { return householdId; }
    public UUID accountId() { return accountId; }
    public String givenName() { return givenName; }
    public String familyName() { return familyName; }
    public String email() { return email; }
    public String phone() { return phone; }
    public String preferredLanguage() { return preferredLanguage; }
    public String sourcedId() { return sourcedId; }
    public boolean active() { return active; }
}
