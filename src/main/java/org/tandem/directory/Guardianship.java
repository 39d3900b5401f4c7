package org.tandem.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;

/**
 * Links a student and a guardian: the relationship, whether the guardian holds educational rights,
 * what they may do, and the no-contact flag that overrides every permission.
 */
@Entity
@Table(name = "guardianship")
public class Guardianship extends TenantOwned {

    /** What a guardian may do for this student, unless no-contact is set. */
    @Embeddable
    public record Permissions(
            @Column(name = "receives_communications") boolean receivesCommunications,
            @Column(name = "may_message_staff") boolean mayMessageStaff,
            @Column(name = "may_book_and_rsvp") boolean mayBookAndRsvp,
            @Column(name = "may_see_goals_and_celebrations") boolean maySeeGoalsAndCelebrations) {

        public static final Permissions ALL = new Permissions(true, true, true, true);
    }

    @Column(name = "student_id", nullable = false, updatable = false)
    private UUID studentId;
    @Column(name = "guardian_id", nullable = false, updatable = false)
    private UUID guardianId;
    private Relationship relationship;
    @Column(name = "educational_rights")
    private boolean educationalRights;
    @Embedded
    private Permissions permissions;
    @Column(name = "no_contact")
    private boolean noContact;
    @Column(name = "sourced_id")
    private String sourcedId;
    private boolean active = true;

    protected Guardianship() {
    }

    public Guardianship(UUID studentId, UUID guardianId, Relationship relationship, boolean educationalRights,
                        Permissions permissions, boolean noContact, String sourcedId) {
        this.studentId = studentId;
        this.guardianId = guardianId;
        update(relationship, educationalRights, permissions, noContact, sourcedId, true);
    }

    public void update(Relationship relationship, boolean educationalRights, Permissions permissions,
                       boolean noContact, String sourcedId, boolean active) {
        this.relationship = relationship;
        this.educationalRights = educationalRights;
        this.permissions = permissions;
        this.noContact = noContact;
        this.sourcedId = sourcedId;
        this.active = active;
    }

    public UUID studentId() { return studentId; }
    public UUID guardianId() { return guardianId; }
    public Relationship relationship() { return relationship; }
    public boolean educationalRights() { return educationalRights; }
    public Permissions permissions() { return permissions; }
    public boolean noContact() { return noContact; }
    public String sourcedId() { return sourcedId; }
    public boolean active() { return active; }
}
