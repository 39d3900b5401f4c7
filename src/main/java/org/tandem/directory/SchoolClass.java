package org.tandem.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;

/** A class (section) of a school in one academic term. */
@Entity
@Table(name = "school_class")
public class SchoolClass extends TenantOwned {

    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;
    @Column(name = "term_id", nullable = false)
    private UUID termId;
    private String name;
    private String subject;
    private String grade;
    @Column(name = "sourced_id")
    private String sourcedId;
    private boolean active = true;

    protected SchoolClass() {
    }

    public SchoolClass(UUID schoolId, UUID termId, String name, String subject, String grade, String sourcedId) {
        this.schoolId = schoolId;
        this.termId = termId;
        update(name, subject, grade, sourcedId, true);
    }

    public void update(String name, String subject, String grade, String sourcedId, boolean active) {
        this.name = name;
        this.subject = subject;
        this.grade = grade;
        this.sourcedId = sourcedId;
        this.active = active;
    }

    public UUID schoolId() { return schoolId; }
    public UUID termId() { return termId; }
    public String name() { return name; }
    public String subject() { return subject; }
    public String grade() { return grade; }
    public String sourcedId() { return sourcedId; }
    public boolean active() { return active; }
}
