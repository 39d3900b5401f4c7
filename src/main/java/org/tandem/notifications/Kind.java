package org.tandem.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tandem.platform.outbox.DomainEventType;

/**
 * The kinds of notification a person can be sent, one per domain event that tells someone something
 * (preferences are per kind and channel). The wire name is the domain event's.
 */
public enum Kind {
    MESSAGE_POSTED(DomainEventType.MESSAGE_POSTED),
    ANNOUNCEMENT_POSTED(DomainEventType.ANNOUNCEMENT_POSTED),
    GOAL_PROPOSED(DomainEventType.GOAL_PROPOSED),
    GOAL_AGREED(DomainEventType.GOAL_AGREED),
    GOAL_REVISED(DomainEventType.GOAL_REVISED),
    GOAL_ACHIEVED(DomainEventType.GOAL_ACHIEVED),
    GOAL_CHECKED_IN(DomainEventType.GOAL_CHECKED_IN),
    EVENT_CREATED(DomainEventType.EVENT_CREATED),
    EVENT_CHANGED(DomainEventType.EVENT_CHANGED),
    EVENT_CANCELLED(DomainEventType.EVENT_CANCELLED),
    RSVP_PROMOTED(DomainEventType.RSVP_PROMOTED),
    CONFERENCE_BOOKED(DomainEventType.CONFERENCE_BOOKED),
    CONFERENCE_CANCELLED(DomainEventType.CONFERENCE_CANCELLED),
    CONFERENCE_MOVED(DomainEventType.CONFERENCE_MOVED),
    CELEBRATION_POSTED(DomainEventType.CELEBRATION_POSTED),
    APPRECIATION_SENT(DomainEventType.APPRECIATION_SENT),
    ROSTER_IMPORT_FINISHED(DomainEventType.ROSTER_IMPORT_FINISHED);

    /** The channels a notification may go out on besides the in-app feed, in the order they are tried. */
    public static final List<String> CHANNELS = List.of("push", "email");

    private final DomainEventType event;

    Kind(DomainEventType event) {
        this.event = event;
    }

    public String wire() {
        return event.wireName();
    }

    public DomainEventType event() {
        return event;
    }

    public static Optional<Kind> of(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(wire)).findFirst();
    }

    /** A message key part: {@code message.posted} → {@code message_posted}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
