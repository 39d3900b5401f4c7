package org.tandem.goals.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;

/** A comment under a check-in, by anyone who sees the goal. */
@Entity
@Table(name = "goal_check_in_comment")
public class CheckInComment extends TenantOwned {

    @Column(name = "check_in_id", nullable = false, updatable = false)
    private UUID checkInId;
    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;
    @Column(updatable = false)
    private String body;

    protected CheckInComment() {
    }

    public CheckInComment(UUID checkInId, UUID authorId, String body) {
        this.checkInId = checkInId;
        this.authorId = authorId;
        this.body = body;
    }

    public UUID checkInId() { return checkInId; }
    public UUID authorId() { return authorId; }
    public String body() { return body; }
}
