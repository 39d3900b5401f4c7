package org.tandem.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.tandem.access.Connections;
import org.tandem.events.FamilyReach;
import org.tandem.events.Viewer;
import org.tandem.platform.problem.ApiException;

/**
 * Who may see and organize an event. Staff see their school's events; families see those whose
 * audience includes a child they may RSVP for (never through a no-contact link); organizers are the
 * school's administrators, the event's creator and, for a class event, the class's staff.
 */
@ApplicationScoped
public class EventAccess {

    private final EventRepository events;
    private final Connections connections;

    EventAccess(EventRepository events, Connections connections) {
        this.events = events;
        this.connections = connections;
    }

    /** Whether the event's audience includes one of the family's children. */
    public boolean inAudience(Event event, FamilyReach family) {
        if (family.isEmpty()) {
            return false;
        }
        return switch (event.audience()) {
            case "school" -> family.schools().contains(event.schoolId());
            case "class" -> family.classes().contains(event.classId());
            default -> events.chosenAmong(event.id(), family.students());
        };
    }

    public boolean canSee(Event event, Viewer viewer, FamilyReach family) {
        return viewer.worksAt(event.schoolId()) || inAudience(event, family);
    }

    public boolean canOrganize(Event event, Viewer viewer) {
        return viewer.administers(event.schoolId()) || event.createdBy().equals(viewer.accountId())
                || (event.classId() != null && connections.onStaffOfClass(viewer.staffIds(), event.classId()));
    }

    /** The event if the viewer may see it; 404 otherwise. */
    public Event requireVisible(UUID eventId, Viewer viewer, FamilyReach family) {
        return requireVisible(eventId == null ? null : events.findById(eventId), eventId, viewer, family);
    }

    /** {@link #requireVisible(UUID, Viewer, FamilyReach)} for an event already read (and locked). */
    public Event requireVisible(Event event, UUID eventId, Viewer viewer, FamilyReach family) {
        if (event == null || !canSee(event, viewer, family)) {
            throw ApiException.notFound("Event " + eventId);
        }
        return event;
    }

    /** The event if the viewer organizes it; 403 for one who only sees it, 404 for others. */
    public Event requireOrganizer(UUID eventId, Viewer viewer, FamilyReach family) {
        return requireOrganizer(eventId == null ? null : events.findById(eventId), eventId, viewer, family);
    }

    /** {@link #requireOrganizer(UUID, Viewer, FamilyReach)} for an event already read (and locked). */
    public Event requireOrganizer(Event found, UUID eventId, Viewer viewer, FamilyReach family) {
        Event event = requireVisible(found, eventId, viewer, family);
        if (!canOrganize(event, viewer)) {
            throw ApiException.forbidden("Only the event's organizers (its creator, the class's staff, the school's administrators) may do this");
        }
        return event;
    }

    /** Checks that the viewer may create an event for this audience. */
    public void requireCreate(Viewer viewer, UUID schoolId, UUID classId, Collection<UUID> students) {
        if (!viewer.staffSide()) {
            throw ApiException.forbidden("Only staff and administrators create events");
        }
        if (!viewer.worksAt(schoolId)) {
            throw ApiException.notFound("School " + schoolId);
        }
        if (classId != null && !viewer.administers(schoolId) && !connections.onStaffOfClass(viewer.staffIds(), classId)) {
            throw ApiException.notFound("Class " + classId);
        }
        if (!students.isEmpty() && !viewer.administers(schoolId)) {
            Set<UUID> taught = connections.taughtAmong(viewer.staffIds(), students);
            if (!taught.containsAll(students)) {
                throw ApiException.notFound("Student " + students.stream().filter(s -> !taught.contains(s)).findFirst().orElseThrow());
            }
        }
    }
}
