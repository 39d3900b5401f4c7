package org.tandem.goals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;
import org.tandem.platform.time.Clocks;

/** New terms for an active goal proposed by one side; the agreed terms stand until the other side accepts. */
@Entity
@Table(name = "goal_revision")
public class GoalRevision extends TenantOwned {

    @Column(name = "goal_id", nullable = false, updatable = false)
    private UUID goalId;
    @Column(name = "proposed_by", nullable = false, updatable = false)
    private UUID proposedBy;
    @Column(updatable = false)
    private Side side;
    private RevisionStatus status;
    @Column(name = "start_date", updatable = false)
    private LocalDate startDate;
    @Column(name = "target_date", updatable = false)
    private LocalDate targetDate;
    @Column(updatable = false)
    private Double baseline;
    @Column(name = "target_value", updatable = false)
    private Double targetValue;
    @Column(updatable = false)
    private String unit;
    @Column(updatable = false)
    private Direction direction;
    @Column(name = "mastery_count", updatable = false)
    private Integer masteryCount;
    @Column(updatable = false)
    private String note;
    @Column(name = "decided_by")
    private UUID decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected GoalRevision() {
    }

    GoalRevision(UUID goalId, UUID proposedBy, Side side, GoalTerms terms, String note) {
        this.goalId = goalId;
        this.proposedBy = proposedBy;
        this.side = side;
        this.status = RevisionStatus.PENDING;
        this.startDate = terms.startDate();
        this.targetDate = terms.targetDate();
        this.baseline = terms.baseline();
        this.targetValue = terms.targetValue();
        this.unit = terms.unit();
        this.direction = terms.direction();
        this.masteryCount = terms.masteryCount();
        this.note = note;
    }

    void decide(RevisionStatus outcome, UUID by) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = Clocks.now();
    }

    /** The terms this revision proposes, for a goal measured as {@code measure} (which a revision does not change). */
    GoalTerms terms(MeasureKind measure) {
        return new GoalTerms(startDate, targetDate, measure, baseline, targetValue, unit, direction, masteryCount);
    }

    public UUID goalId() { return goalId; }
    public UUID proposedBy() { return proposedBy; }
    public Side side() { return side; }
    public RevisionStatus status() { return status; }
    public String note() { return note; }
    public UUID decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
}
