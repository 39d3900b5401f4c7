package org.tandem.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.tandem.directory.FamilyLinks;
import org.tandem.platform.persistence.TenantOwned;

/** One person's way in, whatever roles they hold: staff, guardian, administrator, or several. */
@Entity
@Table(name = "account")
public class Account extends TenantOwned {

    private String email;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "preferred_language")
    private String preferredLanguage = "en";
    @Column(name = "district_admin")
    private boolean districtAdmin;
    private boolean active = true;
    @Column(name = "external_subject")
    private String externalSubject;
    /** Raised (in SQL, by AccessTokenRevocation) to stop every access token issued before. */
    @Column(name = "token_epoch", insertable = false, updatable = false)
    private int tokenEpoch;

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** A deactivated account cannot sign in; AccessTokenRevocation stops the tokens it holds. */
    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public void grantDistrictAdmin() {
        this.districtAdmin = true;
    }

    public void updateProfile(String displayName, String preferredLanguage) {
        this.displayName = displayName;
        this.preferredLanguage = preferredLanguage;
    }

    public String email() { return email; }
    public String displayName() { return displayName; }
    public String passwordHash() { return passwordHash; }
    public String preferredLanguage() { return preferredLanguage; }
    public boolean districtAdmin() { return districtAdmin; }
    public boolean active() { return active; }
    public String externalSubject() { return externalSubject; }
    public int tokenEpoch() { return tokenEpoch; }

    /** This account as the directory links it to a student. */
    public FamilyLinks.Joiner asJoiner() {
        return new FamilyLinks.Joiner(id(), email, displayName, preferredLanguage);
    }
}
