package org.tandem.directory;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;

/** A member of a school's staff; linked to an account once they sign in. */
@Entity
@Table(name = "staff")
public class Staff extends TenantOwned {

    /** What the staff member does; a school admin administers their school's directory. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "StaffKind")
    public enum Kind {
        @JsonProperty("teacher") TEACHER,
        @JsonProperty("aide") AIDE,
        @JsonProperty("counselor") COUNSELOR,
        @JsonProperty("school_admin") SCHOOL_ADMIN
    }

    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;
    @Column(name = "account_id")
    private UUID accountId;
    @Column(name = "given_name")
    private String givenName;
    @Column(name = "family_name")
    private String familyName;
    private String email;
    private Kind kind;
    @Column(name = "sourced_id")
    private String sourcedId;
    private boolean active = true;

    @jakarta.persistence.Converter(autoApply = true)
    static class KindConverter extends org.tandem.platform.persistence.LowerCaseEnumConverter<Kind> {
        KindConverter() {
            super(Kind.class);
        }
    }

    protected Staff() {
    }

    public Staff(UUID schoolId, String givenName, String familyName, String email, Kind kind, String sourcedId) {
        this.schoolId = schoolId;
        update(givenName, familyName, email, kind, sourcedId, true);
    }

    public void update(String givenName, String familyName, String email, Kind kind, String sourcedId, boolean active) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.email = email;
        this.kind = kind;
        this.sourcedId = sourcedId;
        this.active = active;
    }

    public void linkAccount(UUID accountId) {
        this.accountId = accountId;
    }

    public UUID schoolId() { return schoolId; }
    public UUID accountId() { return accountId; }
    public String givenName() { return givenName; }
    public String familyName() { return familyName; }
    public String email() { return email; }
    public Kind kind() { return kind; }
    public String sourcedId() { return sourcedId; }
    public boolean active() { return active; }
}
