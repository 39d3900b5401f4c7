package org.tandem.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.ExportRows;
import org.tandem.privacy.ExportScope;
import org.tandem.privacy.StudentRecordsExport;

/** Events' section of a student's export: the student's conference bookings and the household's RSVPs. */
@ApplicationScoped
class EventsExport implements StudentRecordsExport {

    private final Sql sql;

    EventsExport(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String section() {
        return "events";
    }

    @Override
    public String description() {
        return "Conference bookings for the student and the family's answers to event invitations";
    }

    @Override
    public int sectionOrder() {
        return 50;
    }

    @Override
    public Object export(ExportScope scope) {
        String tenant = scope.tenant();
        var bookings = ExportRows.list(sql, """
                SELECT c.title AS conference, b.starts_at, b.ends_at, c.mode, c.place, b.created_at AS booked_at
                FROM conference_booking b JOIN conference c ON c.tenant_id = b.tenant_id AND c.id = b.conference_id
                WHERE b.tenant_id = ? AND b.student_id = ? ORDER BY b.starts_at""", tenant, scope.studentId());
        var rsvps = ExportRows.list(sql, """
                SELECT e.title AS event, e.starts_at, r.answer, r.status, r.adult_guests, r.child_guests, r.note, r.responded_at
                FROM event_rsvp r JOIN event e ON e.tenant_id = r.tenant_id AND e.id = r.event_id
                WHERE r.tenant_id = ? AND r.household_key = ANY (?) ORDER BY e.starts_at""", tenant, scope.householdKeys());
        return Map.of("conferenceBookings", bookings, "rsvps", rsvps);
    }
}
