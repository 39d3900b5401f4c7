package org.tandem.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.AccountErasure;
import org.tandem.privacy.ErasedAccount;
import org.tandem.privacy.ErasedStudent;
import org.tandem.privacy.StudentErasure;
import org.tandem.privacy.Statements;

/**
 * Events' part of a deletion: a student's conference bookings and their change notices, the student's
 * place among an event's chosen families, and the RSVPs of the household the student names (a
 * household without its own record is keyed by its first child's id, docs/events.md). A guardian's
 * account loses its calendar feed and the bookings it holds as the guardian of record.
 */
@ApplicationScoped
class EventsPrivacy implements StudentErasure, AccountErasure {

    private final Sql sql;

    EventsPrivacy(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String feature() {
        return "events";
    }

    @Override
    public void erase(ErasedStudent student) {
        String tenant = student.tenant();
        UUID id = student.studentId();
        List<UUID> bookings = Statements.ids(sql,
                "SELECT id FROM conference_booking WHERE tenant_id = ? AND (student_id = ? OR household_key = ?)", tenant, id, id);
        List<UUID> rsvps = Statements.ids(sql, "DELETE FROM event_rsvp WHERE tenant_id = ? AND household_key = ? RETURNING id", tenant, id);
        int rows = rsvps.size() + sql.update("DELETE FROM conference_change WHERE tenant_id = ? AND (student_id = ? OR household_key = ?"
                + " OR booking_id = ANY (?))", tenant, id, id, bookings);
        rows += sql.update("DELETE FROM conference_booking WHERE tenant_id = ? AND id = ANY (?)", tenant, bookings);
        rows += sql.update("DELETE FROM event_family WHERE tenant_id = ? AND student_id = ?", tenant, id);
        student.forgotten(bookings);
        student.forgotten(rsvps);
        student.removed(feature(), rows);
    }

    @Override
    public void erase(ErasedAccount account) {
        String tenant = account.tenant();
        List<UUID> bookings = Statements.ids(sql, "SELECT id FROM conference_booking WHERE tenant_id = ? AND guardian_id = ANY (?)",
                tenant, account.guardianIds());
        int rows = sql.update("DELETE FROM conference_change WHERE tenant_id = ? AND booking_id = ANY (?)", tenant, bookings);
        rows += sql.update("DELETE FROM conference_booking WHERE tenant_id = ? AND id = ANY (?)", tenant, bookings);
        rows += sql.update("DELETE FROM calendar_feed WHERE tenant_id = ? AND account_id = ?", tenant, account.accountId());
        account.removed(feature(), rows);
    }
}
