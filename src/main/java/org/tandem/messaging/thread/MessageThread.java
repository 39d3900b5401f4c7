package org.tandem.messaging.thread;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;
import org.tandem.platform.time.Clocks;

/** A conversation. Messages in it are numbered 1, 2, 3… by {@code seq}; {@code lastSeq} is the latest. */
@Entity
@Table(name = "thread")
public class MessageThread extends TenantOwned {

    private ThreadKind kind;
    private String subject;
    @Column(name = "student_id")
    private UUID studentId;
    @Column(name = "class_id")
    private UUID classId;
    /** The student, on the one student thread of a student (V130); null on every other thread. */
    @Column(name = "student_thread_of", updatable = false)
    private UUID studentThreadOf;
    private String audience;
    @Column(name = "audience_school_id")
    private UUID audienceSchoolId;
    @Column(name = "audience_grade")
    private String audienceGrade;
    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;
    private boolean locked;
    @Column(name = "last_seq")
    private long lastSeq;
    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    protected MessageThread() {
    }

    public MessageThread(ThreadKind kind, String subject, UUID studentId, UUID classId, UUID createdBy) {
        this.kind = kind;
        this.subject = subject;
        this.studentId = studentId;
        this.classId = classId;
        this.studentThreadOf = kind == ThreadKind.STUDENT ? studentId : null;
        this.createdBy = createdBy;
        this.lastActivityAt = Clocks.now();
    }

    public void announceTo(String audience, UUID schoolId, String grade) {
        this.audience = audience;
        this.audienceSchoolId = schoolId;
        this.audienceGrade = grade;
    }

    public void lock(boolean locked) {
        this.locked = locked;
    }

    public ThreadKind kind() { return kind; }
    public String subject() { return subject; }
    public UUID studentId() { return studentId; }
    public UUID classId() { return classId; }
    public String audience() { return audience; }
    public UUID audienceSchoolId() { return audienceSchoolId; }
    public String audienceGrade() { return audienceGrade; }
    public UUID createdBy() { return createdBy; }
    public boolean locked() { return locked; }
    public long lastSeq() { return lastSeq; }
    public Instant lastActivityAt() { return lastActivityAt; }
}
