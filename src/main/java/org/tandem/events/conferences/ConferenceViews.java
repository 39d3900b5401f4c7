package org.tandem.events.conferences;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.events.FamilyReach;
import org.tandem.events.Names;
import org.tandem.events.Viewer;
import org.tandem.events.dto.BookingView;
import org.tandem.events.dto.ConferenceView;
import org.tandem.events.dto.SlotView;

/** Conferences, slots and bookings as views: the teacher sees every booking, a household its own. */
@ApplicationScoped
class ConferenceViews {

    private final ConferenceRepository conferences;
    private final BookingRepository bookings;
    private final ConferenceAccess access;
    private final Names names;
    private final Clock clock;

    ConferenceViews(ConferenceRepository conferences, BookingRepository bookings, ConferenceAccess access, Names names,
                    Clock clock) {
        this.conferences = conferences;
        this.bookings = bookings;
        this.access = access;
        this.names = names;
        this.clock = clock;
    }

    ConferenceView full(Conference c, Viewer viewer, FamilyReach family) {
        Instant now = clock.instant();
        boolean runs = access.runs(c, viewer);
        Map<UUID, ConferenceBooking> booked = bookings.ofConference(c.id()).stream()
                .collect(Collectors.toMap(ConferenceBooking::slotId, b -> b));
        Map<UUID, String> bookers = names.ofAccounts(booked.values().stream().map(ConferenceBooking::bookedBy).toList());
        List<SlotView> slots = conferences.slots(c.id()).stream().map(slot -> {
            ConferenceBooking b = booked.get(slot.id());
            boolean shown = b != null && (runs || b.householdKey().equals(family.householdKey()));
            return slot(slot, shown ? booking(b, c, slot, bookers) : null, b == null, now);
        }).toList();
        return withSlots(c, slots);
    }

    ConferenceView summary(Conference c) {
        return withSlots(c, null);
    }

    ConferenceView withSlots(Conference c, List<SlotView> slots) {
        String teacher = names.ofStaff(List.of(c.staffId())).getOrDefault(c.staffId(), "");
        return new ConferenceView(c.id(), c.staffId(), teacher, c.schoolId(), c.classId(), c.title(), c.zone().getId(),
                c.mode(), c.place(), c.videoLink(), c.slotMinutes(), c.breakMinutes(), slots == null ? List.of() : slots);
    }

    /** The free future slots of these conferences, by conference. */
    Map<UUID, List<SlotView>> freeSlots(Collection<Conference> all) {
        Instant now = clock.instant();
        return conferences.freeSlots(all.stream().map(Conference::id).toList(), now).stream()
                .collect(Collectors.groupingBy(ConferenceSlot::conferenceId,
                        Collectors.mapping(s -> slot(s, null, true, now), Collectors.toList())));
    }

    SlotView slot(ConferenceSlot s, BookingView booking, Instant now) {
        return slot(s, booking, bookings.ofSlot(s.id()).isEmpty(), now);
    }

    private static SlotView slot(ConferenceSlot s, BookingView booking, boolean free, Instant now) {
        return new SlotView(s.id(), s.startsLocal().toString(), s.endsLocal().toString(), s.startsAt(), s.endsAt(),
                s.blocked(), free && !s.blocked() && s.startsAt().isAfter(now), booking);
    }

    BookingView booking(ConferenceBooking b, Conference c, ConferenceSlot slot, Map<UUID, String> bookers) {
        return new BookingView(b.id(), b.conferenceId(), b.slotId(), b.studentId(), slot.startsLocal().toString(),
                slot.endsLocal().toString(), c.zone().getId(), b.startsAt(), b.endsAt(),
                bookers.getOrDefault(b.bookedBy(), ""), b.sequence());
    }

    /** Bookings with their conferences and slots, in a fixed number of statements. */
    List<BookingView> bookings(List<ConferenceBooking> all) {
        Set<UUID> conferenceIds = all.stream().map(ConferenceBooking::conferenceId).collect(Collectors.toSet());
        Map<UUID, Conference> byId = conferenceIds.isEmpty() ? Map.of()
                : conferences.list("id in ?1", conferenceIds).stream().collect(Collectors.toMap(Conference::id, c -> c));
        Map<UUID, String> bookers = names.ofAccounts(all.stream().map(ConferenceBooking::bookedBy).toList());
        return all.stream().map(b -> booking(b, byId.get(b.conferenceId()), conferences.slot(b.slotId()), bookers)).toList();
    }
}
