package org.tandem.goals;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tandem.platform.outbox.DomainEventType;
import org.tandem.platform.outbox.DomainEvents;

/**
 * Appends the goals' domain events to the outbox in the transaction of the change. The data names the
 * goal, its student, the acting side and whether the goal is confidential (which narrows its audience
 * to the staff assigned to it); never its title or notes.
 */
@ApplicationScoped
public class GoalEvents {

    private final DomainEvents events;

    GoalEvents(DomainEvents events) {
        this.events = events;
    }

    public void publish(DomainEventType type, Goal goal, UUID actorId, Side side, Map<String, ?> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("goalId", goal.id().toString());
        data.put("studentId", goal.studentId().toString());
        data.put("side", side.wire());
        data.put("confidential", goal.confidential());
        data.put("status", goal.status().wire());
        data.putAll(extra);
        events.publish(type, goal.id(), actorId, data);
    }

    public void publish(DomainEventType type, Goal goal, UUID actorId, Side side) {
        publish(type, goal, actorId, side, Map.of());
    }
}
