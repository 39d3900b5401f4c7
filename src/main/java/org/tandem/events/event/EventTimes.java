package org.tandem.events.event;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.tandem.events.dto.EventFields;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/** Turns organizers' fields into {@link EventDetails}: local times in a known IANA zone, the end after the start. */
final class EventTimes {

    private EventTimes() {
    }

    static EventDetails parse(EventFields f) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ZoneId zone = zone(f.timeZone(), "event.timeZone", errors);
        LocalDateTime start = local(f.startsAt(), "event.startsAt", errors);
        LocalDateTime end = local(f.endsAt(), "event.endsAt", errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(new Problem.FieldError("event.endsAt", "must be after startsAt"));
        }
        boolean guests = f.guestsAllowed() == null || f.guestsAllowed();
        if (!guests && f.maxGuests() != null && f.maxGuests() > 0) {
            errors.add(new Problem.FieldError("event.maxGuests", "must be absent or 0 when guests are not allowed"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return new EventDetails(f.title().strip(), f.description(), f.kind(), start, end, zone,
                start.atZone(zone).toInstant(), end.atZone(zone).toInstant(), f.place(), f.videoLink(), f.capacity(),
                f.rsvpDeadline(), guests, guests ? f.maxGuests() : Integer.valueOf(0));
    }

    /** An IANA zone id (not an offset or an abbreviation), or a field error. */
    static ZoneId zone(String id, String field, List<Problem.FieldError> errors) {
        if (id == null || !ZoneId.getAvailableZoneIds().contains(id)) {
            errors.add(new Problem.FieldError(field, "must be an IANA time zone such as America/New_York"));
            return null;
        }
        return ZoneId.of(id);
    }

    static LocalDateTime local(String value, String field, List<Problem.FieldError> errors) {
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeException | NullPointerException e) {
            errors.add(new Problem.FieldError(field, "must be a local date and time such as 2026-03-07T09:00"));
            return null;
        }
    }
}
