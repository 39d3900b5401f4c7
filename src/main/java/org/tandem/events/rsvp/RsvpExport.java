package org.tandem.events.rsvp;

import jakarta.enterprise.context.ApplicationScoped;
import org.tandem.events.dto.RsvpSummary;
import org.tandem.events.dto.RsvpView;

/** RSVPs as CSV (RFC 4180), for organizers' spreadsheets; cells that a spreadsheet would run as formulas are quoted inert. */
@ApplicationScoped
class RsvpExport {

    String csv(RsvpSummary summary) {
        StringBuilder out = new StringBuilder("respondent,answer,status,adult_guests,child_guests,heads,waitlist_position,responded_at,note\r\n");
        for (RsvpView r : summary.households()) {
            out.append(cell(r.respondedBy())).append(',').append(r.answer()).append(',').append(r.status()).append(',')
                    .append(r.adultGuests()).append(',').append(r.childGuests()).append(',').append(r.heads()).append(',')
                    .append(r.waitlistPosition() == null ? "" : r.waitlistPosition()).append(',')
                    .append(r.respondedAt()).append(',').append(cell(r.note())).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
