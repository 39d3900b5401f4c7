package org.tandem.goals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;

/** One step of a goal's lifecycle: who moved it, from which status to which, when and why. */
@Entity
@Table(name = "goal_transition")
public class GoalTransition extends TenantOwned {

    @Column(name = "goal_id", nullable = false, updatable = false)
    private UUID goalId;
    @Column(name = "from_status", updatable = false)
    private GoalStatus fromStatus;
    @Column(name = "to_status", nullable = false, updatable = false)
    private GoalStatus toStatus;
    @Column(name = "actor_id", nullable = false, updatable = false)
    private UUID actorId;
    @Column(updatable = false)
    private Side side;
    @Column(updatable = false)
    private String reason;

    protected GoalTransition() {
    }

    GoalTransition(UUID goalId, GoalStatus from, GoalStatus to, UUID actorId, Side side, String reason) {
        this.goalId = goalId;
        this.fromStatus = from;
        this.toStatus = to;
        this.actorId = actorId;
        this.side = side;
        this.reason = reason;
    }

    public UUID goalId() { return goalId; }
    public GoalStatus fromStatus() { return fromStatus; }
    public GoalStatus toStatus() { return toStatus; }
    public UUID actorId() { return actorId; }
    public Side side() { return side; }
    public String reason() { return reason; }
}
