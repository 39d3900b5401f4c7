package org.tandem.events.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.events.Families;
import org.tandem.events.FamilyReach;
import org.tandem.events.Names;
import org.tandem.events.Viewer;
import org.tandem.events.conferences.BookingRepository;
import org.tandem.events.conferences.Conference;
import org.tandem.events.conferences.ConferenceBooking;
import org.tandem.events.conferences.ConferenceRepository;
import org.tandem.events.conferences.ConferenceSlot;
import org.tandem.events.event.Event;
import org.tandem.events.event.EventRepository;
import org.tandem.events.rsvp.Rsvp;
import org.tandem.events.rsvp.RsvpRepository;

/**
 * What a person's calendar holds: the events they may see (with their household's RSVP), their
 * household's conference bookings (families) and the bookings of their own conferences (teachers).
 */
@ApplicationScoped
class CalendarEntries {

    static final int MAX_EVENTS = 500;

    private final EventRepository events;
    private final RsvpRepository rsvps;
    private final ConferenceRepository conferences;
    private final BookingRepository bookings;
    private final Families families;
    private final Names names;

    CalendarEntries(EventRepository events, RsvpRepository rsvps, ConferenceRepository conferences,
                    BookingRepository bookings, Families families, Names names) {
        this.events = events;
        this.rsvps = rsvps;
        this.conferences = conferences;
        this.bookings = bookings;
        this.families = families;
        this.names = names;
    }

    /** The feed's window: from 90 days before the start of today (UTC) to 400 days after it. */
    record Window(Instant from, Instant to) {
        static Window of(Instant now) {
            Instant day = now.truncatedTo(ChronoUnit.DAYS);
            return new Window(day.minus(90, ChronoUnit.DAYS), day.plus(400, ChronoUnit.DAYS));
        }
    }

    List<CalendarEntry> of(Viewer viewer, Window window) {
        FamilyReach family = families.reachOf(viewer);
        List<Event> visible = events.visible(viewer, family, window.from(), window.to(), MAX_EVENTS);
        Map<UUID, Rsvp> answers = family.householdKey() == null ? Map.of()
                : rsvps.ofHouseholdAcross(family.householdKey(), visible.stream().map(Event::id).toList()).stream()
                        .collect(Collectors.toMap(Rsvp::eventId, Function.identity()));
        List<CalendarEntry> entries = new ArrayList<>();
        visible.forEach(e -> entries.add(ofEvent(e, answers.get(e.id()))));

        List<ConferenceBooking> held = new ArrayList<>();
        if (!family.isEmpty()) {
            bookings.ofHousehold(family.householdKey()).stream()
                    .filter(b -> family.students().contains(b.studentId())).forEach(held::add);
        }
        Set<UUID> mine = conferences.ofStaff(viewer.staffIds()).stream().map(Conference::id).collect(Collectors.toSet());
        bookings.ofConferences(mine).stream().filter(b -> !held.contains(b)).forEach(held::add);
        entries.addAll(ofBookings(held));
        return entries;
    }

    static CalendarEntry ofEvent(Event e, Rsvp rsvp) {
        StringBuilder description = new StringBuilder(e.description() == null ? "" : e.description());
        if (e.cancelled()) {
            description.insert(0, "Cancelled: " + e.cancelReason() + "\n\n");
        }
        if (rsvp != null) {
            description.append(description.isEmpty() ? "" : "\n\n").append("Your household's RSVP: ").append(rsvp.answer())
                    .append(" (").append(rsvp.status().replace('_', ' ')).append(", ").append(rsvp.heads()).append(" heads)");
        }
        return new CalendarEntry("event-" + e.id() + "@tandem", e.sequence(), e.title(), description.toString(),
                e.place() != null ? e.place() : e.videoLink(), e.videoLink(), e.startsLocal(), e.endsLocal(), e.zone(),
                e.cancelled(), e.updatedAt());
    }

    private List<CalendarEntry> ofBookings(List<ConferenceBooking> held) {
        if (held.isEmpty()) {
            return List.of();
        }
        Map<UUID, Conference> byId = conferences.list("id in ?1",
                        held.stream().map(ConferenceBooking::conferenceId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Conference::id, Function.identity()));
        Map<UUID, String> bookers = names.ofAccounts(held.stream().map(ConferenceBooking::bookedBy).toList());
        Map<UUID, String> teachers = names.ofStaff(byId.values().stream().map(Conference::staffId).toList());
        List<CalendarEntry> entries = new ArrayList<>();
        for (ConferenceBooking b : held) {
            Conference c = byId.get(b.conferenceId());
            ConferenceSlot slot = conferences.slot(b.slotId());
            String with = "Conference with " + teachers.getOrDefault(c.staffId(), "the teacher")
                    + "; booked by " + bookers.getOrDefault(b.bookedBy(), "a family member");
            entries.add(new CalendarEntry("conference-" + b.id() + "@tandem", b.sequence(), c.title(), with,
                    "video".equals(c.mode()) ? c.videoLink() : c.place(), c.videoLink(), slot.startsLocal(),
                    slot.endsLocal(), c.zone(), false, b.createdAt()));
        }
        return entries;
    }
}
