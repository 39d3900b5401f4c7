package org.tandem.events.rsvp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.access.Caller;
import org.tandem.access.GuardianLink;
import org.tandem.access.StudentCapability;
import org.tandem.events.Families;
import org.tandem.events.FamilyReach;
import org.tandem.events.Names;
import org.tandem.events.Viewer;
import org.tandem.events.dto.RsvpAnswer;
import org.tandem.events.dto.RsvpSummary;
import org.tandem.events.dto.RsvpView;
import org.tandem.events.event.Event;
import org.tandem.events.event.EventAccess;
import org.tandem.events.event.EventRepository;
import org.tandem.platform.concurrency.EntityTags;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/** Households answer events; organizers read the answers. Every answer ends under the event's row lock. */
@ApplicationScoped
@Transactional
class RsvpService {

    private final RsvpRepository rsvps;
    private final EventRepository events;
    private final EventAccess access;
    private final Families families;
    private final RsvpAnswers answers;
    private final Names names;
    private final Caller caller;
    private final Clock clock;

    RsvpService(RsvpRepository rsvps, EventRepository events, EventAccess access, Families families, RsvpAnswers answers,
                Names names, Caller caller, Clock clock) {
        this.rsvps = rsvps;
        this.events = events;
        this.access = access;
        this.families = families;
        this.answers = answers;
        this.names = names;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Everything that can be decided without the event's lock is decided first (who answers, whether
     * they may, whether the party is valid); the lock is taken last and held for two statements and
     * the commit (RsvpAnswers). The answer's time is read once the lock is held, so answers are
     * timed in the order they are placed.
     */
    RsvpView answer(UUID eventId, RsvpAnswer body, String ifMatch) {
        Viewer viewer = Viewer.of(caller);
        FamilyReach family = families.reachOf(viewer);
        Event event = access.requireVisible(eventId, viewer, family);
        if (!access.inAudience(event, family)) {
            throw ApiException.forbidden("Only families invited to the event answer it");
        }
        requireOpen(event.cancelled(), event.rsvpDeadline(), clock.instant());
        int adults = body.adultGuests() == null ? 0 : body.adultGuests();
        int children = body.childGuests() == null ? 0 : body.childGuests();
        checkParty(event, body.answer(), adults, children);

        RsvpAnswers.Locked locked = answers.lock(event.id()).orElseThrow(() -> ApiException.notFound("Event " + eventId));
        Instant now = clock.instant();
        requireOpen(locked.cancelled(), locked.rsvpDeadline(), now);
        if ("yes".equals(body.answer()) && locked.capacity() != null && 1 + adults + children > locked.capacity()) {
            throw ApiException.validation(List.of(new Problem.FieldError("adultGuests", "the party is larger than the event's capacity")));
        }
        RsvpAnswers.Answered saved = answers.answer(new RsvpAnswers.Answer(event.id(), family.householdKey(),
                UUID.randomUUID(), body.answer(), adults, children, body.note(), viewer.accountId(), now));
        if (saved.previousVersion() != null) {
            // A stale If-Match rolls the whole answer back (the exception ends the transaction).
            EntityTags.checkIfPresent(ifMatch, saved.previousVersion());
        }
        return new RsvpView(saved.id(), event.id(), saved.answer(), saved.status(), saved.adultGuests(),
                saved.childGuests(), 1 + saved.adultGuests() + saved.childGuests(), saved.note(),
                saved.waitlistPosition(), saved.promotedAt(), saved.respondedBy(), saved.respondedAt(), saved.version());
    }

    private static void requireOpen(boolean cancelled, Instant deadline, Instant now) {
        if (cancelled) {
            throw ApiException.conflict("event_cancelled", "The event is cancelled");
        }
        if (deadline != null && !now.isBefore(deadline)) {
            throw ApiException.conflict("rsvp_closed", "RSVPs closed at " + deadline);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    RsvpView mine(UUID eventId) {
        Viewer viewer = Viewer.of(caller);
        FamilyReach family = families.reachOf(viewer);
        Event event = access.requireVisible(eventId, viewer, family);
        if (!access.inAudience(event, family)) {
            throw ApiException.forbidden("Only families invited to the event answer it");
        }
        Rsvp rsvp = rsvps.ofHousehold(event.id(), family.householdKey())
                .orElseThrow(() -> ApiException.notFound("Your household's RSVP"));
        return view(rsvp, names(List.of(rsvp)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    RsvpSummary summary(UUID eventId) {
        Viewer viewer = Viewer.of(caller);
        Event event = access.requireOrganizer(eventId, viewer, families.reachOf(viewer));
        List<Rsvp> all = rsvps.ofEvent(event.id());
        Map<UUID, String> names = names(all);
        int confirmed = 0;
        int waiting = 0;
        int maybe = 0;
        int no = 0;
        Set<UUID> answered = new HashSet<>();
        for (Rsvp r : all) {
            answered.add(r.householdKey());
            switch (r.status()) {
                case Rsvp.CONFIRMED -> confirmed += r.heads();
                case Rsvp.WAITLISTED -> waiting += r.heads();
                case "maybe" -> maybe += r.heads();
                default -> no++;
            }
        }
        Set<UUID> audience = audienceHouseholds(event);
        audience.removeAll(answered);
        List<RsvpView> views = new ArrayList<>();
        long position = 0;
        for (Rsvp r : all) {
            views.add(view(r, names, r.waitlisted() ? ++position : null));
        }
        return new RsvpSummary(event.capacity(), confirmed, waiting, maybe, no, audience.size(), views);
    }

    private Set<UUID> audienceHouseholds(Event event) {
        var connections = families.connections();
        List<UUID> students = switch (event.audience()) {
            case "school" -> connections.studentsOfSchool(event.schoolId(), null);
            case "class" -> connections.studentsOfClass(event.classId());
            default -> events.chosenStudents(event.id());
        };
        Set<UUID> guardians = connections.guardiansOf(students, StudentCapability.BOOK_AND_RSVP).stream()
                .map(GuardianLink::guardianId).collect(Collectors.toSet());
        return new HashSet<>(connections.householdsOf(guardians).values());
    }

    private static void checkParty(Event event, String answer, int adults, int children) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int guests = adults + children;
        if (guests > 0 && !event.guestsAllowed()) {
            errors.add(new Problem.FieldError("adultGuests", "guests are not allowed at this event"));
        } else if (event.maxGuests() != null && guests > event.maxGuests()) {
            errors.add(new Problem.FieldError("adultGuests", "at most " + event.maxGuests() + " guests per household"));
        } else if ("yes".equals(answer) && event.capacity() != null && 1 + guests > event.capacity()) {
            errors.add(new Problem.FieldError("adultGuests", "the party is larger than the event's capacity"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    private Map<UUID, String> names(List<Rsvp> all) {
        return names.ofAccounts(all.stream().map(Rsvp::respondedBy).collect(Collectors.toSet()));
    }

    private RsvpView view(Rsvp r, Map<UUID, String> names) {
        return view(r, names, r.waitlisted() ? rsvps.positionOf(r) : null);
    }

    private static RsvpView view(Rsvp r, Map<UUID, String> names, Long position) {
        return new RsvpView(r.id(), r.eventId(), r.answer(), r.status(), r.adultGuests(), r.childGuests(), r.heads(),
                r.note(), position, r.promotedAt(), names.getOrDefault(r.respondedBy(), ""), r.respondedAt(), r.version());
    }
}
