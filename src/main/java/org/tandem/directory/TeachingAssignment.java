package org.tandem.directory;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.tandem.platform.persistence.LowerCaseEnumConverter;
import org.tandem.platform.persistence.TenantOwned;

/** A staff member's assignment to a class. */
@Entity
@Table(name = "teaching_assignment")
public class TeachingAssignment extends TenantOwned {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "TeachingRole")
    public enum Role {
        @JsonProperty("primary") PRIMARY,
        @JsonProperty("co_teacher") CO_TEACHER,
        @JsonProperty("aide") AIDE;

        @Converter(autoApply = true)
        static class Stored extends LowerCaseEnumConverter<Role> {
            Stored() {
                super(Role.class);
            }
        }
    }

    @Column(name = "staff_id", nullable = false, updatable = false)
    private UUID staffId;
    @Column(name = "class_id", nullable = false, updatable = false)
    private UUID classId;
    private Role role;
    @Column(name = "sourced_id")
    private String sourcedId;
    private boolean active = true;

    protected TeachingAssignment() {
    }

    public TeachingAssignment(UUID staffId, UUID classId, Role role, String sourcedId) {
        this.staffId = staffId;
        this.classId = classId;
        this.role = role;
        this.sourcedId = sourcedId;
    }

    public void update(Role role, boolean active) {
        this.role = role;
        this.active = active;
    }

    public void update(Role role, String sourcedId, boolean active) {
        update(role, active);
        this.sourcedId = sourcedId;
    }

    public UUID staffId() { return staffId; }
    public UUID classId() { return classId; }
    public Role role() { return role; }
    public String sourcedId() { return sourcedId; }
    public boolean active() { return active; }
}
