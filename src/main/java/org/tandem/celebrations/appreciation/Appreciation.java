package org.tandem.celebrations.appreciation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;

/** A family's or a colleague's thanks to a member of staff, optionally about a student. */
@Entity
@Table(name = "appreciation")
public class Appreciation extends TenantOwned {

    @Column(name = "staff_id", nullable = false, updatable = false)
    private UUID staffId;
    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;
    @Column(name = "student_id", updatable = false)
    private UUID studentId;
    private String note;

    protected Appreciation() {
    }

    public Appreciation(UUID staffId, UUID authorId, UUID studentId, String note) {
        this.staffId = staffId;
        this.authorId = authorId;
        this.studentId = studentId;
        this.note = note;
    }

    public UUID staffId() { return staffId; }
    public UUID authorId() { return authorId; }
    public UUID studentId() { return studentId; }
    public String note() { return note; }
}
