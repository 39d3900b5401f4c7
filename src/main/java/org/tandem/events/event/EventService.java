package org.tandem.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.access.Connections;
import org.tandem.access.StudentPlace;
import org.tandem.events.Families;
import org.tandem.events.FamilyReach;
import org.tandem.events.Viewer;
import org.tandem.events.dto.EventChanges;
import org.tandem.events.dto.EventDraft;
import org.tandem.events.dto.EventFields;
import org.tandem.events.dto.EventView;
import org.tandem.platform.concurrency.EntityTags;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/** Creating, changing, cancelling and reading events. */
@ApplicationScoped
@Transactional
public class EventService {

    private final EventRepository events;
    private final EventAccess access;
    private final Families families;
    private final Caller caller;
    private final Clock clock;
    private final jakarta.enterprise.event.Event<EventChanged> changed;
    private final CursorCodec cursors;
    private final MergePatch mergePatch;
    private final EventEvents domainEvents;

    EventService(EventRepository events, EventAccess access, Families families, Caller caller, Clock clock,
                 jakarta.enterprise.event.Event<EventChanged> changed, CursorCodec cursors, MergePatch mergePatch,
                 EventEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.events = events;
        this.access = access;
        this.families = families;
        this.caller = caller;
        this.clock = clock;
        this.changed = changed;
        this.cursors = cursors;
        this.mergePatch = mergePatch;
    }

    EventView create(EventDraft draft) {
        Viewer viewer = Viewer.of(caller);
        EventDetails details = EventTimes.parse(draft.event());
        Connections connections = families.connections();
        UUID schoolId = draft.schoolId();
        UUID classId = null;
        Set<UUID> students = Set.of();
        switch (draft.audience()) {
            case "class" -> {
                classId = require(draft.classId(), "classId");
                schoolId = connections.schoolOfClass(classId).orElseThrow(() -> ApiException.notFound("Class " + draft.classId()));
                if (!connections.isActiveClass(classId)) {
                    throw ApiException.notFound("Class " + classId);
                }
            }
            case "families" -> {
                require(schoolId, "schoolId");
                if (draft.studentIds() == null || draft.studentIds().isEmpty()) {
                    throw ApiException.validation(List.of(new Problem.FieldError("studentIds", "name at least one student whose family is invited")));
                }
                students = new LinkedHashSet<>(draft.studentIds());
                UUID school = schoolId;
                List<StudentPlace> places = connections.placesOf(students);
                if (places.size() != students.size() || places.stream().anyMatch(p -> !p.schoolId().equals(school))) {
                    access.requireCreate(viewer, schoolId, null, Set.of());
                    throw ApiException.notFound("Student of school " + schoolId);
                }
            }
            default -> require(schoolId, "schoolId");
        }
        access.requireCreate(viewer, schoolId, classId, students);
        Event event = new Event(schoolId, draft.audience(), classId, caller.accountId(), details);
        events.persist(event);
        events.choose(event.id(), students);
        events.flush();
        domainEvents.created(event, caller.accountId());
        return view(event, viewer);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EventView get(UUID eventId) {
        Viewer viewer = Viewer.of(caller);
        return view(access.requireVisible(eventId, viewer, families.reachOf(viewer)), viewer);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<EventView> list(Instant from, Instant to, PageRequest page) {
        Viewer viewer = Viewer.of(caller);
        Instant start = from == null ? clock.instant().truncatedTo(ChronoUnit.DAYS) : from;
        Instant end = to == null ? start.plus(366, ChronoUnit.DAYS) : to;
        if (!end.isAfter(start)) {
            throw ApiException.invalidParameter("to", "must be after from");
        }
        String list = "events:" + viewer.accountId() + ":" + from + ":" + to;
        EventRepository.Position after = cursors.decode(list, page.cursor(), EventRepository.Position.class);
        List<Event> rows = events.visible(viewer, families.reachOf(viewer), start, end, after, page.fetchSize());
        return Page.of(rows, page, e -> view(e, viewer), e -> cursors.encode(list, new EventRepository.Position(e.startsAt(), e.id())));
    }

    EventView update(UUID eventId, EventFields fields, String ifMatch) {
        Viewer viewer = Viewer.of(caller);
        Event event = access.requireOrganizer(lock(eventId), eventId, viewer, families.reachOf(viewer));
        EntityTags.checkRequired(ifMatch, event.version());
        return revise(event, fields, viewer);
    }

    private EventView revise(Event event, EventFields fields, Viewer viewer) {
        if (event.cancelled()) {
            throw ApiException.conflict("event_cancelled", "A cancelled event cannot be changed");
        }
        EventEvents.Before before = EventEvents.Before.of(event);
        event.revise(EventTimes.parse(fields));
        changed.fire(new EventChanged(event));
        events.flush();
        domainEvents.changed(event, before, caller.accountId());
        return view(event, viewer);
    }

    /** A JSON Merge Patch of the event's fields, validated like a full write ({@link #update}). */
    EventView change(UUID eventId, JsonNode patch, String ifMatch) {
        Viewer viewer = Viewer.of(caller);
        Event event = access.requireOrganizer(lock(eventId), eventId, viewer, families.reachOf(viewer));
        EntityTags.checkRequired(ifMatch, event.version());
        EventFields current = new EventFields(event.title(), event.description(), event.kind(), event.startsLocal().toString(),
                event.endsLocal().toString(), event.zone().getId(), event.place(), event.videoLink(), event.capacity(),
                event.rsvpDeadline(), event.guestsAllowed(), event.maxGuests());
        EventChanges next = mergePatch.apply(EventChanges.of(current), patch, EventChanges.class);
        return revise(event, next.fields(), viewer);
    }

    EventView cancel(UUID eventId, String reason) {
        Viewer viewer = Viewer.of(caller);
        Event event = access.requireOrganizer(lock(eventId), eventId, viewer, families.reachOf(viewer));
        if (event.cancelled()) {
            throw ApiException.conflict("event_cancelled", "The event is already cancelled");
        }
        event.cancel(reason.strip(), clock.instant());
        events.flush();
        domainEvents.cancelled(event, caller.accountId());
        return view(event, viewer);
    }

    private EventView view(Event e, Viewer viewer) {
        boolean organizer = access.canOrganize(e, viewer);
        List<UUID> chosen = organizer && "families".equals(e.audience()) ? events.chosenStudents(e.id()) : null;
        return new EventView(e.id(), e.schoolId(), e.audience(), e.classId(), chosen, e.title(), e.description(),
                e.kind(), e.startsLocal().toString(), e.endsLocal().toString(), e.zone().getId(), e.startsAt(),
                e.endsAt(), e.place(), e.videoLink(), e.capacity(), e.rsvpDeadline(), e.guestsAllowed(), e.maxGuests(),
                e.cancelled(), e.cancelReason(), organizer, e.sequence(), e.version());
    }

    private Event lock(UUID eventId) {
        return eventId == null ? null : events.lockForRsvp(eventId);
    }

    private static UUID require(UUID id, String field) {
        if (id == null) {
            throw ApiException.validation(List.of(new Problem.FieldError(field, "is required for this audience")));
        }
        return id;
    }
}
