package org.tandem.events.conferences;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.events.Families;
import org.tandem.events.FamilyReach;
import org.tandem.events.Names;
import org.tandem.events.Viewer;
import org.tandem.events.dto.BookingRequest;
import org.tandem.events.dto.BookingView;
import org.tandem.events.dto.ChangeView;
import org.tandem.events.dto.MyBookings;
import org.tandem.platform.outbox.DomainEventType;
import org.tandem.platform.problem.ApiException;

/**
 * Families book, cancel and reschedule conference slots. The checks here give clear answers; the
 * database's constraints are what make double bookings impossible under concurrent requests.
 */
@ApplicationScoped
@Transactional
class BookingService {

    private final ConferenceRepository conferences;
    private final BookingRepository bookings;
    private final ConferenceAccess access;
    private final ConferenceViews views;
    private final Names names;
    private final Families families;
    private final Caller caller;
    private final ConferenceEvents domainEvents;
    private final Clock clock;

    BookingService(ConferenceRepository conferences, BookingRepository bookings, ConferenceAccess access,
                   ConferenceViews views, Names names, Families families, Caller caller, Clock clock,
                   ConferenceEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.conferences = conferences;
        this.bookings = bookings;
        this.access = access;
        this.views = views;
        this.names = names;
        this.families = families;
        this.caller = caller;
        this.clock = clock;
    }

    BookingView book(UUID conferenceId, BookingRequest request) {
        Viewer viewer = Viewer.of(caller);
        FamilyReach family = families.reachOf(viewer);
        Conference conference = access.requireBookable(conferenceId, viewer, family, request.studentId());
        ConferenceSlot slot = bookableSlot(conference, request.slotId());
        ConferenceBooking booking = new ConferenceBooking(slot, request.studentId(), family.guardianId(),
                family.householdKey(), viewer.accountId());
        // Everything the answer shows is read before the insert: after it, a request racing for the
        // slot waits for this transaction, so only the commit follows.
        Map<UUID, String> bookers = names.ofAccounts(List.of(viewer.accountId()));
        insert(booking);
        domainEvents.publish(DomainEventType.CONFERENCE_BOOKED, booking, viewer.accountId(), null);
        return views.booking(booking, conference, slot, bookers);
    }

    /** Moves a booking to another slot as one step: the old slot is released only if the new one is taken. */
    BookingView reschedule(UUID bookingId, UUID slotId) {
        Viewer viewer = Viewer.of(caller);
        FamilyReach family = families.reachOf(viewer);
        ConferenceBooking old = requireOwnBooking(bookingId, family);
        Conference conference = conferences.findById(old.conferenceId());
        ConferenceSlot slot = bookableSlot(conference, slotId);
        ConferenceBooking moved = new ConferenceBooking(slot, old.studentId(), family.guardianId(), old.householdKey(),
                viewer.accountId());
        Map<UUID, String> bookers = names.ofAccounts(List.of(viewer.accountId()));
        bookings.delete(old);
        bookings.flush();
        insert(moved);
        domainEvents.publish(DomainEventType.CONFERENCE_MOVED, moved, viewer.accountId(), old.startsAt());
        return views.booking(moved, conference, slot, bookers);
    }

    /**
     * Cancels a booking: the household that holds it, or the conference's teacher and the school's
     * administrators. A change record says what was cancelled, by whom and when, so the household's
     * other guardians (and the notifications feature) can see it.
     */
    void cancel(UUID bookingId) {
        Viewer viewer = Viewer.of(caller);
        FamilyReach family = families.reachOf(viewer);
        ConferenceBooking booking = bookingId == null ? null : bookings.findById(bookingId);
        if (booking == null) {
            throw ApiException.notFound("Booking " + bookingId);
        }
        boolean own = booking.householdKey().equals(family.householdKey())
                && family.students().contains(booking.studentId());
        if (!own && !access.runs(conferences.findById(booking.conferenceId()), viewer)) {
            throw ApiException.notFound("Booking " + bookingId);
        }
        bookings.delete(booking);
        bookings.record(ConferenceChange.cancelled(booking, viewer.accountId(), clock.instant()));
        domainEvents.publish(DomainEventType.CONFERENCE_CANCELLED, booking, viewer.accountId(), null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    MyBookings mine() {
        Viewer viewer = Viewer.of(caller);
        FamilyReach family = families.reachOf(viewer);
        if (viewer.guardianId().isEmpty()) {
            throw ApiException.forbidden("Only families hold conference bookings");
        }
        if (family.isEmpty()) {
            return new MyBookings(List.of(), List.of());
        }
        List<ConferenceBooking> held = bookings.ofHousehold(family.householdKey()).stream()
                .filter(b -> family.students().contains(b.studentId())).toList();
        List<ChangeView> changes = bookings.changesOfHousehold(family.householdKey()).stream()
                .filter(c -> family.students().contains(c.studentId()))
                .map(c -> new ChangeView(c.id(), c.conferenceId(), c.bookingId(), c.studentId(), c.kind(), c.fromStartsAt(),
                        c.toStartsAt(), c.changedAt())).toList();
        return new MyBookings(views.bookings(held), changes);
    }

    private ConferenceBooking requireOwnBooking(UUID bookingId, FamilyReach family) {
        ConferenceBooking booking = bookingId == null ? null : bookings.findById(bookingId);
        if (booking == null || !booking.householdKey().equals(family.householdKey())
                || !family.students().contains(booking.studentId())) {
            throw ApiException.notFound("Booking " + bookingId);
        }
        return booking;
    }

    private ConferenceSlot bookableSlot(Conference conference, UUID slotId) {
        ConferenceSlot slot = conferences.slot(slotId);
        if (slot == null || !slot.conferenceId().equals(conference.id())) {
            throw ApiException.notFound("Slot " + slotId);
        }
        if (slot.blocked()) {
            throw ApiException.conflict("slot_blocked", "The teacher has blocked this slot");
        }
        if (!slot.startsAt().isAfter(clock.instant())) {
            throw ApiException.conflict("slot_past", "The slot has already started");
        }
        return slot;
    }

    /** Inserts the booking or answers the 409 of the guarantee that refused it (the transaction then rolls back). */
    private void insert(ConferenceBooking booking) {
        if (!bookings.insertUnlessRefused(booking)) {
            throw bookings.refusal(booking);
        }
    }
}
