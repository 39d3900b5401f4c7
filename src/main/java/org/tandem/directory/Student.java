package org.tandem.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;

/** A student: a record, not an account. */
@Entity
@Table(name = "student")
public class Student extends TenantOwned {

    @Column(name = "school_id", nullable = false)
    private UUID schoolId;
    @Column(name = "given_name")
    private String givenName;
    @Column(name = "family_name")
    private String familyName;
    private String grade;
    @Column(name = "sourced_id")
    private String sourcedId;
    private boolean active = true;

    protected Student() {
    }

    public Student(UUID schoolId, String givenName, String familyName, String grade, String sourcedId) {
        this.schoolId = schoolId;
        update(givenName, familyName, grade, sourcedId, true);
    }

    public void update(String givenName, String familyName, String grade, String sourcedId, boolean active) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.grade = grade;
        this.sourcedId = sourcedId;
        this.active = active;
    }

    public UUID schoolId() { return schoolId; }
    public String givenName() { return givenName; }
    public String familyName() { return familyName; }
    public String grade() { return grade; }
    public String sourcedId() { return sourcedId; }
    public boolean active() { return active; }
}
