package org.tandem.goals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;
import org.tandem.platform.time.Clocks;

/** A goal for a student: what it is, its agreed terms and where it is in its lifecycle. */
@Entity
@Table(name = "goal")
public class Goal extends TenantOwned {

    @Column(name = "student_id", nullable = false, updatable = false)
    private UUID studentId;
    private String title;
    private String description;
    private GoalCategory category;
    private GoalStatus status;
    private boolean confidential;
    @Column(name = "proposed_by")
    private UUID proposedBy;
    @Column(name = "proposed_side")
    private Side proposedSide;
    @Column(name = "awaiting_side")
    private Side awaitingSide;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "target_date")
    private LocalDate targetDate;
    @Column(name = "home_support")
    private String homeSupport;
    @Column(name = "school_support")
    private String schoolSupport;
    private MeasureKind measure;
    private Double baseline;
    @Column(name = "target_value")
    private Double targetValue;
    private String unit;
    private Direction direction;
    @Column(name = "mastery_count")
    private Integer masteryCount;
    @Column(name = "closed_reason")
    private String closedReason;
    @Column(name = "agreed_at")
    private Instant agreedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Goal() {
    }

    /** A new proposal by one side, awaiting the other's agreement. */
    public Goal(UUID studentId, UUID proposedBy, Side side, GoalTerms terms) {
        this.studentId = studentId;
        this.status = GoalStatus.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedSide = side;
        this.awaitingSide = side.other();
        this.updatedAt = createdAt();
        setTerms(terms);
    }

    /** The description of the goal (what, why, who helps); not part of the agreed terms. */
    public void describe(String title, String description, GoalCategory category, String homeSupport,
                         String schoolSupport, boolean confidential) {
        this.title = title;
        this.description = description;
        this.category = category;
        this.homeSupport = homeSupport;
        this.schoolSupport = schoolSupport;
        this.confidential = confidential;
        touch();
    }

    /** New terms for a proposal: the side that changes them becomes the proposer, the other side must agree. */
    void counterPropose(UUID by, Side side, GoalTerms terms) {
        this.proposedBy = by;
        this.proposedSide = side;
        this.awaitingSide = side.other();
        setTerms(terms);
    }

    void agree() {
        this.status = GoalStatus.ACTIVE;
        this.awaitingSide = null;
        this.agreedAt = Clocks.now();
        touch();
    }

    void achieve() {
        this.status = GoalStatus.ACHIEVED;
        this.awaitingSide = null;
        this.closedAt = Clocks.now();
        touch();
    }

    void discontinue(String reason) {
        this.status = GoalStatus.DISCONTINUED;
        this.awaitingSide = null;
        this.closedReason = reason;
        this.closedAt = Clocks.now();
        touch();
    }

    /** A proposal taken back: it stays, with its history, but leaves the lists. */
    void withdraw() {
        this.status = GoalStatus.WITHDRAWN;
        this.awaitingSide = null;
        this.closedAt = Clocks.now();
        touch();
    }

    /** A revision now awaits this side (or none, null). */
    void awaitRevision(Side side) {
        this.awaitingSide = side;
        touch();
    }

    /** Accepted revision: the new terms stand. */
    void revise(GoalTerms terms) {
        this.awaitingSide = null;
        setTerms(terms);
    }

    private void setTerms(GoalTerms terms) {
        this.startDate = terms.startDate();
        this.targetDate = terms.targetDate();
        this.measure = terms.measure();
        this.baseline = terms.baseline();
        this.targetValue = terms.targetValue();
        this.unit = terms.unit();
        this.direction = terms.direction();
        this.masteryCount = terms.masteryCount();
        touch();
    }

    /** Makes every change a new version, even one of the goal's other tables only. */
    void touch() {
        this.updatedAt = Clocks.now();
    }

    public GoalTerms terms() {
        return new GoalTerms(startDate, targetDate, measure, baseline, targetValue, unit, direction, masteryCount);
    }

    public UUID studentId() { return studentId; }
    public String title() { return title; }
    public String description() { return description; }
    public GoalCategory category() { return category; }
    public GoalStatus status() { return status; }
    public boolean confidential() { return confidential; }
    public UUID proposedBy() { return proposedBy; }
    public Side proposedSide() { return proposedSide; }
    public Side awaitingSide() { return awaitingSide; }
    public String homeSupport() { return homeSupport; }
    public String schoolSupport() { return schoolSupport; }
    public String closedReason() { return closedReason; }
    public Instant agreedAt() { return agreedAt; }
    public Instant closedAt() { return closedAt; }
    public Instant updatedAt() { return updatedAt; }
}
