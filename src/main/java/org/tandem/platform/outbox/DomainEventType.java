package org.tandem.platform.outbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * The names of the domain events that features append to the outbox, shared by their producers
 * (messaging, goals, events, celebrations, roster) and their consumers (notifications, webhooks, the
 * changes feed), like {@code ProblemCode} is for errors. Adding a kind of event adds a constant here;
 * a name, once published, never changes meaning (integrators subscribe to it).
 */
public enum DomainEventType {
    MESSAGE_POSTED("message.posted", "A message was posted in a thread."),
    ANNOUNCEMENT_POSTED("announcement.posted", "Staff posted an announcement to a class, a school or the district."),
    GOAL_PROPOSED("goal.proposed", "A goal for a student was proposed by staff or a guardian."),
    GOAL_AGREED("goal.agreed", "Both sides agreed to a goal."),
    GOAL_REVISED("goal.revised", "An agreed goal was revised."),
    GOAL_ACHIEVED("goal.achieved", "A goal was marked achieved."),
    GOAL_CHECKED_IN("goal.checked_in", "Progress on a goal was recorded (a check-in)."),
    EVENT_CREATED("event.created", "A school event was published."),
    EVENT_CHANGED("event.changed", "A school event's time, place or details changed."),
    EVENT_CANCELLED("event.cancelled", "A school event was cancelled."),
    RSVP_PROMOTED("rsvp.promoted", "A household's RSVP moved from the waitlist to confirmed."),
    CONFERENCE_BOOKED("conference.booked", "A guardian booked a conference slot."),
    CONFERENCE_CANCELLED("conference.cancelled", "A booked conference was cancelled."),
    CONFERENCE_MOVED("conference.moved", "A booked conference was moved to another time."),
    CELEBRATION_POSTED("celebration.posted", "A student's achievement was celebrated."),
    APPRECIATION_SENT("appreciation.sent", "A guardian or staff member sent an appreciation."),
    ROSTER_IMPORT_FINISHED("roster.import_finished", "A roster import finished (succeeded or failed).");

    private final String wireName;
    private final String summary;

    DomainEventType(String wireName, String summary) {
        this.wireName = wireName;
        this.summary = summary;
    }

    /** The name stored in {@code domain_event.type} and sent to integrators. */
    public String wireName() {
        return wireName;
    }

    public String summary() {
        return summary;
    }

    public static Optional<DomainEventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }
}
