package org.tandem.celebrations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tandem.platform.outbox.DomainEventType;
import org.tandem.platform.outbox.DomainEvents;

/**
 * Appends {@code celebration.posted} and {@code appreciation.sent} in the transaction of the change:
 * identifiers only (the student or class, the goal, whether it keeps a confidential goal's audience),
 * never the title or the note.
 */
@ApplicationScoped
public class CelebrationEvents {

    private final DomainEvents events;

    CelebrationEvents(DomainEvents events) {
        this.events = events;
    }

    void posted(Celebration celebration) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("celebrationId", celebration.id().toString());
        if (celebration.studentId() != null) {
            data.put("studentId", celebration.studentId().toString());
        }
        if (celebration.classId() != null) {
            data.put("classId", celebration.classId().toString());
        }
        if (celebration.goalId() != null) {
            data.put("goalId", celebration.goalId().toString());
        }
        data.put("confidential", celebration.confidential());
        events.publish(DomainEventType.CELEBRATION_POSTED, celebration.id(), celebration.authorId(), data);
    }

    /** An appreciation to a staff member (about a student when {@code studentId} is set). */
    public void appreciated(UUID appreciationId, UUID staffId, UUID studentId, UUID authorId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("appreciationId", appreciationId.toString());
        data.put("staffId", staffId.toString());
        if (studentId != null) {
            data.put("studentId", studentId.toString());
        }
        events.publish(DomainEventType.APPRECIATION_SENT, appreciationId, authorId, data);
    }
}
