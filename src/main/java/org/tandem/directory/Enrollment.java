package org.tandem.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;

/** A student's place in a class. */
@Entity
@Table(name = "enrollment")
public class Enrollment extends TenantOwned {

    @Column(name = "student_id", nullable = false, updatable = false)
    private UUID studentId;
    @Column(name = "class_id", nullable = false, updatable = false)
    private UUID classId;
    @Column(name = "sourced_id")
    private String sourcedId;
    private boolean active = true;

    protected Enrollment() {
    }

    public Enrollment(UUID studentId, UUID classId, String sourcedId) {
        this.studentId = studentId;
        this.classId = classId;
        this.sourcedId = sourcedId;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void update(String sourcedId, boolean active) {
        this.sourcedId = sourcedId;
        this.active = active;
    }

    public UUID studentId() { return studentId; }
    public UUID classId() { return classId; }
    public String sourcedId() { return sourcedId; }
    public boolean active() { return active; }
}
