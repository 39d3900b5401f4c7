package org.tandem.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/**
 * A student's audit log for the administrators of the student's school or district, oldest first:
 * as pages, or whole as CSV for a family's access request.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditTrail {

    private static final int EXPORT_BATCH = 500;
    private static final List<String> CSV_COLUMNS =
            List.of("occurredAt", "actorId", "actorRole", "action", "purpose", "requestId", "id");

    record Position(Instant occurredAt, UUID id) {
    }

    private final AuditEventRepository events;
    private final AccessPolicy access;
    private final CursorCodec cursors;

    AuditTrail(AuditEventRepository events, AccessPolicy access, CursorCodec cursors) {
        this.events = events;
        this.access = access;
        this.cursors = cursors;
    }

    public Page<AuditEventView> page(UUID studentId, PageRequest page) {
        access.administeredSchools();
        access.requireStudent(studentId, StudentCapability.ADMINISTER);
        String list = "audit-events:" + studentId;
        Position after = cursors.decode(list, page.cursor(), Position.class);
        return Page.of(read(studentId, after, page.fetchSize()), page, AuditEventView::of,
                e -> cursors.encode(list, new Position(e.occurredAt(), e.id())));
    }

    /** The whole log as RFC 4180 CSV, read in batches along the same index as the pages. */
    public String csv(UUID studentId) {
        access.administeredSchools();
        access.requireStudent(studentId, StudentCapability.ADMINISTER);
        StringBuilder csv = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
        Position after = null;
        List<AuditEvent> batch;
        do {
            batch = read(studentId, after, EXPORT_BATCH);
            for (AuditEvent e : batch) {
                csv.append(String.join(",", field(e.occurredAt()), field(e.actorId()), field(e.actorRole()),
                        field(e.action()), field(e.purpose()), field(e.requestId()), field(e.id()))).append("\r\n");
                after = new Position(e.occurredAt(), e.id());
            }
            events.forgetRead();
        } while (batch.size() == EXPORT_BATCH);
        return csv.toString();
    }

    private List<AuditEvent> read(UUID studentId, Position after, int limit) {
        return after == null ? events.ofStudentAfter(studentId, null, null, limit)
                : events.ofStudentAfter(studentId, after.occurredAt(), after.id(), limit);
    }

    /** Quotes every value, and defuses values a spreadsheet would run as a formula. */
    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
