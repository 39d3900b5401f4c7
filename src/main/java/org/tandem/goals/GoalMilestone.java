package org.tandem.goals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;
import org.tandem.platform.time.Clocks;

/** One milestone of a milestone goal, ticked off by a check-in. */
@Entity
@Table(name = "goal_milestone")
public class GoalMilestone extends TenantOwned {

    @Column(name = "goal_id", nullable = false, updatable = false)
    private UUID goalId;
    private int position;
    private String title;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "done_in")
    private UUID doneIn;

    protected GoalMilestone() {
    }

    GoalMilestone(UUID goalId, int position, String title) {
        this.goalId = goalId;
        this.position = position;
        this.title = title;
    }

    /** Ticks the milestone off in a check-in. */
    public void tick(UUID checkInId) {
        this.doneIn = checkInId;
        this.doneAt = Clocks.now();
    }

    public UUID goalId() { return goalId; }
    public int position() { return position; }
    public String title() { return title; }
    public boolean done() { return doneAt != null; }
    public UUID doneIn() { return doneIn; }
}
