package org.tandem.celebrations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;
import org.tandem.platform.time.Clocks;

/** Recognition of one student or one whole class by a member of staff (or of an achieved goal by either side). */
@Entity
@Table(name = "celebration")
public class Celebration extends TenantOwned {

    @Column(name = "student_id", updatable = false)
    private UUID studentId;
    @Column(name = "class_id", updatable = false)
    private UUID classId;
    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;
    private String title;
    private String message;
    private CelebrationCategory category;
    @Column(name = "badge_id")
    private UUID badgeId;
    @Column(name = "goal_id", updatable = false)
    private UUID goalId;
    private boolean confidential;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawn_by")
    private UUID withdrawnBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Celebration() {
    }

    /** A celebration of a student ({@code classId} null) or of a class ({@code studentId} null). */
    public Celebration(UUID studentId, UUID classId, UUID authorId, UUID goalId, boolean confidential) {
        this.studentId = studentId;
        this.classId = classId;
        this.authorId = authorId;
        this.goalId = goalId;
        this.confidential = confidential;
        this.updatedAt = createdAt();
    }

    public void describe(String title, String message, CelebrationCategory category, UUID badgeId) {
        this.title = title;
        this.message = message;
        this.category = category;
        this.badgeId = badgeId;
        this.updatedAt = Clocks.now();
    }

    public void withdraw(UUID by) {
        this.withdrawnAt = Clocks.now();
        this.withdrawnBy = by;
        this.updatedAt = withdrawnAt;
    }

    public UUID studentId() { return studentId; }
    public UUID classId() { return classId; }
    public UUID authorId() { return authorId; }
    public String title() { return title; }
    public String message() { return message; }
    public CelebrationCategory category() { return category; }
    public UUID badgeId() { return badgeId; }
    public UUID goalId() { return goalId; }
    public boolean confidential() { return confidential; }
    public boolean withdrawn() { return withdrawnAt != null; }
}
