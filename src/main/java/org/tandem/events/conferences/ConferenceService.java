package org.tandem.events.conferences;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.access.Caller;
import org.tandem.access.StaffMember;
import org.tandem.access.Teaching;
import org.tandem.events.Families;
import org.tandem.events.FamilyReach;
import org.tandem.events.Viewer;
import org.tandem.events.dto.ConferenceDraft;
import org.tandem.events.dto.ConferenceList;
import org.tandem.events.dto.ConferenceView;
import org.tandem.events.dto.DayMove;
import org.tandem.events.dto.DayMoveResult;
import org.tandem.events.dto.SiblingSlots;
import org.tandem.events.dto.SlotView;
import org.tandem.platform.outbox.DomainEventType;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/** Teachers publish conference windows, block slots and move whole days; everyone reads what they may. */
@ApplicationScoped
@Transactional
class ConferenceService {

    static final int MAX_SLOTS = 400;

    private final ConferenceRepository conferences;
    private final BookingRepository bookings;
    private final ConferenceAccess access;
    private final ConferenceViews views;
    private final Families families;
    private final Caller caller;
    private final ConferenceEvents domainEvents;
    private final Clock clock;

    ConferenceService(ConferenceRepository conferences, BookingRepository bookings, ConferenceAccess access,
                      ConferenceViews views, Families families, Caller caller, Clock clock,
                   ConferenceEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.conferences = conferences;
        this.bookings = bookings;
        this.access = access;
        this.views = views;
        this.families = families;
        this.caller = caller;
        this.clock = clock;
    }

    ConferenceView publish(ConferenceDraft draft) {
        Viewer viewer = Viewer.of(caller);
        StaffMember teacher = teacherFor(draft.classId());
        List<Problem.FieldError> errors = new ArrayList<>();
        ZoneId zone = null;
        if (!ZoneId.getAvailableZoneIds().contains(draft.timeZone())) {
            errors.add(new Problem.FieldError("timeZone", "must be an IANA time zone such as America/Chicago"));
        } else {
            zone = ZoneId.of(draft.timeZone());
        }
        LocalTime start = LocalTime.parse(draft.startTime());
        LocalTime end = LocalTime.parse(draft.endTime());
        int pause = draft.breakMinutes() == null ? 0 : draft.breakMinutes();
        if (!end.isAfter(start)) {
            errors.add(new Problem.FieldError("endTime", "must be after startTime"));
        } else if (start.plusMinutes(draft.slotMinutes()).isAfter(end)) {
            errors.add(new Problem.FieldError("slotMinutes", "no slot fits between startTime and endTime"));
        }
        if ("video".equals(draft.mode()) && draft.videoLink() == null) {
            errors.add(new Problem.FieldError("videoLink", "is required for a video conference"));
        }
        Set<LocalDate> dates = new TreeSet<>(draft.dates());
        if (dates.size() != draft.dates().size()) {
            errors.add(new Problem.FieldError("dates", "must not repeat a date"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        Conference conference = new Conference(teacher.staffId(), teacher.schoolId(), draft.classId(), draft.title().strip(),
                zone, draft.mode(), draft.place(), draft.videoLink(), draft.slotMinutes(), pause);
        conferences.persist(conference);
        int count = 0;
        for (LocalDate date : dates) {
            for (LocalTime t = start; !t.plusMinutes(draft.slotMinutes()).isAfter(end) && !t.isBefore(start);
                 t = t.plusMinutes(draft.slotMinutes() + pause)) {
                if (++count > MAX_SLOTS) {
                    throw ApiException.validation(List.of(new Problem.FieldError("slotMinutes",
                            "this window makes more than " + MAX_SLOTS + " slots")));
                }
                conferences.add(new ConferenceSlot(conference.id(), date.atTime(t),
                        date.atTime(t).plusMinutes(draft.slotMinutes()), zone));
            }
        }
        conferences.flush();
        return views.full(conference, viewer, FamilyReach.none());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    ConferenceView get(UUID conferenceId) {
        Viewer viewer = Viewer.of(caller);
        FamilyReach family = families.reachOf(viewer);
        return views.full(access.requireVisible(conferenceId, viewer, family), viewer, family);
    }

    /** The caller's own conferences (staff) and those of their children's teachers (families). */
    @Transactional(Transactional.TxType.SUPPORTS)
    ConferenceList list() {
        Viewer viewer = Viewer.of(caller);
        FamilyReach family = families.reachOf(viewer);
        Set<UUID> staff = new TreeSet<>(viewer.staffIds());
        families.connections().teachersOf(family.students()).forEach(t -> staff.add(t.staffId()));
        return new ConferenceList(conferences.ofStaff(staff).stream().map(views::summary).toList());
    }

    SlotView block(UUID conferenceId, UUID slotId, boolean blocked) {
        Viewer viewer = Viewer.of(caller);
        Conference conference = access.requireRunner(conferenceId, viewer, families.reachOf(viewer));
        ConferenceSlot slot = conferences.slot(slotId);
        if (slot == null || !slot.conferenceId().equals(conference.id())) {
            throw ApiException.notFound("Slot " + slotId);
        }
        if (blocked && bookings.ofSlot(slot.id()).isPresent()) {
            throw ApiException.conflict("slot_booked", "The slot is booked; cancel the booking before blocking it");
        }
        slot.block(blocked);
        conferences.flush();
        return views.slot(slot, null, clock.instant());
    }

    /** Moves one day's slots and their bookings to another date at the same local times, in one transaction. */
    DayMoveResult moveDay(UUID conferenceId, DayMove move) {
        Viewer viewer = Viewer.of(caller);
        Conference conference = access.requireRunner(conferenceId, viewer, families.reachOf(viewer));
        if (move.from().equals(move.to())) {
            throw ApiException.validation(List.of(new Problem.FieldError("to", "must differ from from")));
        }
        List<ConferenceSlot> slots = conferences.slotsBetween(conference.id(), move.from().atStartOfDay(),
                move.from().plusDays(1).atStartOfDay());
        if (slots.isEmpty()) {
            throw ApiException.notFound("Slots on " + move.from());
        }
        if (!conferences.slotsBetween(conference.id(), move.to().atStartOfDay(), move.to().plusDays(1).atStartOfDay()).isEmpty()) {
            throw ApiException.conflict("day_not_free", "The conference already has slots on " + move.to());
        }
        if (!move.to().atStartOfDay(conference.zone()).toInstant().isAfter(clock.instant().minus(1, ChronoUnit.DAYS))) {
            throw ApiException.validation(List.of(new Problem.FieldError("to", "must not be in the past")));
        }
        long days = ChronoUnit.DAYS.between(move.from(), move.to());
        Map<UUID, ConferenceBooking> booked = bookings.ofSlots(slots.stream().map(ConferenceSlot::id).toList()).stream()
                .collect(Collectors.toMap(ConferenceBooking::slotId, b -> b));
        Instant now = clock.instant();
        for (ConferenceSlot slot : slots) {
            LocalDateTime start = slot.startsLocal().plusDays(days);
            slot.moveTo(start, slot.endsLocal().plusDays(days), conference.zone());
            ConferenceBooking booking = booked.get(slot.id());
            if (booking != null) {
                Instant before = booking.startsAt();
                booking.followSlot(slot);
                bookings.record(new ConferenceChange(booking, before, viewer.accountId(), now));
                domainEvents.publish(DomainEventType.CONFERENCE_MOVED, booking, viewer.accountId(), before);
            }
        }
        conference.changed();
        try {
            conferences.flush();
        } catch (PersistenceException e) {
            throw BookingConflicts.of(e);
        }
        return new DayMoveResult(slots.size(), booked.size());
    }

    /** Each of the caller's children with their teachers' conferences and free slots, side by side. */
    @Transactional(Transactional.TxType.SUPPORTS)
    SiblingSlots siblingSlots() {
        Viewer viewer = Viewer.of(caller);
        FamilyReach family = families.reachOf(viewer);
        if (viewer.guardianId().isEmpty()) {
            throw ApiException.forbidden("Only families book conferences");
        }
        Map<UUID, Set<UUID>> teachersByStudent = new LinkedHashMap<>();
        family.students().forEach(s -> teachersByStudent.put(s, new TreeSet<>()));
        for (Teaching t : families.connections().teachersOf(family.students())) {
            teachersByStudent.get(t.studentId()).add(t.staffId());
        }
        Set<UUID> allStaff = teachersByStudent.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Map<UUID, List<Conference>> byStaff = conferences.ofStaff(allStaff).stream()
                .collect(Collectors.groupingBy(Conference::staffId));
        Map<UUID, List<SlotView>> free = views.freeSlots(byStaff.values().stream().flatMap(List::stream).toList());
        List<SiblingSlots.Child> children = new ArrayList<>();
        teachersByStudent.forEach((student, staff) -> children.add(new SiblingSlots.Child(student, staff.stream()
                .flatMap(s -> byStaff.getOrDefault(s, List.of()).stream())
                .map(c -> views.withSlots(c, free.getOrDefault(c.id(), List.of()))).toList())));
        return new SiblingSlots(children);
    }

    private StaffMember teacherFor(UUID classId) {
        List<StaffMember> records = caller.staffRecords();
        if (records.isEmpty()) {
            throw ApiException.forbidden("Only staff publish conferences");
        }
        if (classId == null) {
            return records.get(0);
        }
        UUID school = families.connections().schoolOfClass(classId).orElse(null);
        Set<UUID> mine = records.stream().map(StaffMember::staffId).collect(Collectors.toSet());
        if (school == null || !families.connections().onStaffOfClass(mine, classId)) {
            throw ApiException.notFound("Class " + classId);
        }
        return records.stream().filter(r -> r.schoolId().equals(school)).findFirst()
                .orElseThrow(() -> ApiException.notFound("Class " + classId));
    }
}
