package org.tandem.identity.classcode;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.tandem.directory.Relationship;
import org.tandem.platform.persistence.LowerCaseEnumConverter;
import org.tandem.platform.persistence.TenantOwned;
import org.tandem.platform.time.Clocks;

/** A family member's request, made with a class code, to be linked to a named child of that class. */
@Entity
@Table(name = "join_request")
public class JoinRequest extends TenantOwned {

    public enum State { PENDING, APPROVED, DECLINED }

    @Converter
    static class StateColumn extends LowerCaseEnumConverter<State> {
        StateColumn() {
            super(State.class);
        }
    }

    @Column(name = "class_id", nullable = false, updatable = false)
    private UUID classId;
    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;
    @Column(name = "student_name", nullable = false, updatable = false)
    private String studentName;
    private Relationship relationship;
    @Convert(converter = StateColumn.class)
    private State state;
    @Column(name = "student_id")
    private UUID studentId;
    @Column(name = "decided_by")
    private UUID decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected JoinRequest() {
    }

    JoinRequest(UUID classId, UUID accountId, String studentName, Relationship relationship) {
        this.classId = classId;
        this.accountId = accountId;
        this.studentName = studentName;
        this.relationship = relationship;
        this.state = State.PENDING;
    }

    void approve(UUID studentId, UUID decidedBy) {
        this.state = State.APPROVED;
        this.studentId = studentId;
        decided(decidedBy);
    }

    void decline(UUID decidedBy) {
        this.state = State.DECLINED;
        decided(decidedBy);
    }

    private void decided(UUID by) {
        this.decidedBy = by;
        this.decidedAt = Clocks.now();
    }

    UUID classId() { return classId; }
    UUID accountId() { return accountId; }
    String studentName() { return studentName; }
    Relationship relationship() { return relationship; }
    State state() { return state; }
    UUID studentId() { return studentId; }
    UUID decidedBy() { return decidedBy; }
    Instant decidedAt() { return decidedAt; }
}
