package org.tandem.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;

/** A term of a school's year (semester, trimester); classes belong to one. */
@Entity
@Table(name = "academic_term")
public class AcademicTerm extends TenantOwned {

    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;
    private String name;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "sourced_id")
    private String sourcedId;
    private boolean active = true;

    protected AcademicTerm() {
    }

    public AcademicTerm(UUID schoolId, String name, LocalDate startsOn, LocalDate endsOn, String sourcedId) {
        this.schoolId = schoolId;
        update(name, startsOn, endsOn, sourcedId, true);
    }

    public void update(String name, LocalDate startsOn, LocalDate endsOn, String sourcedId, boolean active) {
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.sourcedId = sourcedId;
        this.active = active;
    }

    public boolean isCurrent(LocalDate today) {
        return active && !today.isBefore(startsOn) && !today.isAfter(endsOn);
    }

    public UUID schoolId() { return schoolId; }
    public String name() { return name; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public String sourcedId() { return sourcedId; }
    public boolean active() { return active; }
}
