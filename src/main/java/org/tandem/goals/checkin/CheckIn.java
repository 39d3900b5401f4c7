package org.tandem.goals.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tandem.goals.Side;
import org.tandem.platform.persistence.TenantOwned;
import org.tandem.platform.time.Clocks;

/** A progress entry on a goal from either side: a date, a value and/or a note. */
@Entity
@Table(name = "goal_check_in")
public class CheckIn extends TenantOwned {

    @Column(name = "goal_id", nullable = false, updatable = false)
    private UUID goalId;
    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;
    @Column(updatable = false)
    private Side side;
    @Column(name = "on_date")
    private LocalDate onDate;
    private Double value;
    private String note;
    @Column(name = "edited_at")
    private Instant editedAt;

    protected CheckIn() {
    }

    public CheckIn(UUID goalId, UUID authorId, Side side, LocalDate onDate, Double value, String note) {
        this.goalId = goalId;
        this.authorId = authorId;
        this.side = side;
        this.onDate = onDate;
        this.value = value;
        this.note = note;
    }

    void edit(LocalDate onDate, Double value, String note) {
        this.onDate = onDate;
        this.value = value;
        this.note = note;
        this.editedAt = Clocks.now();
    }

    public UUID goalId() { return goalId; }
    public UUID authorId() { return authorId; }
    public Side side() { return side; }
    public LocalDate onDate() { return onDate; }
    public Double value() { return value; }
    public String note() { return note; }
    public Instant editedAt() { return editedAt; }
}
