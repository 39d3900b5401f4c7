package org.tandem.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.access.AuditLog;
import org.tandem.access.StudentRecordsDisclosed;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.persistence.Sql;

/**
 * The disclosure log: written in the transaction of the disclosure (a download of an export, an
 * integrator's read announced by {@link StudentRecordsDisclosed}); read, oldest first, by the student's
 * administrators and guardians with educational rights.
 */
@ApplicationScoped
public class Disclosures {

    record Position(Instant occurredAt, UUID id) {
    }

    private static final String COLUMNS = "id, occurred_at, recipient_kind, recipient_id, records, purpose, export_id, request_id";

    private final Sql sql;
    private final Clock clock;
    private final AuditLog audit;
    private final PrivacyAccess access;
    private final CursorCodec cursors;

    Disclosures(Sql sql, Clock clock, AuditLog audit, PrivacyAccess access, CursorCodec cursors) {
        this.sql = sql;
        this.clock = clock;
        this.audit = audit;
        this.access = access;
        this.cursors = cursors;
    }

    void record(UUID studentId, String recipientKind, UUID recipientId, String records, String purpose, UUID exportId) {
        sql.update("INSERT INTO disclosure (tenant_id, " + COLUMNS + ", student_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sql.tenant(), UUID.randomUUID(), clock.instant(), recipientKind, recipientId, records, purpose, exportId,
                audit.requestId(), studentId);
    }

    void integratorRead(@Observes StudentRecordsDisclosed disclosed) {
        record(disclosed.studentId(), "integrator", disclosed.recipientId(), disclosed.records(), disclosed.purpose(), null);
    }

    /** A page of an integrator's directory list: one row per student, in one statement. */
    void integratorListRead(@Observes org.tandem.access.StudentListDisclosed disclosed) {
        sql.update("INSERT INTO disclosure (tenant_id, " + COLUMNS + ", student_id) SELECT ?, gen_random_uuid(), ?, 'integrator', ?, ?, ?,"
                        + " NULL, ?, s FROM unnest(CAST(? AS uuid[])) AS s",
                sql.tenant(), clock.instant(), disclosed.recipientId(), disclosed.records(), disclosed.purpose(),
                audit.requestId(), disclosed.studentIds());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DisclosureView> page(UUID studentId, PageRequest page) {
        access.requireRecordsRights(studentId);
        String list = "disclosures:" + studentId;
        Position after = cursors.decode(list, page.cursor(), Position.class);
        List<DisclosureView> rows = after == null
                ? sql.list("SELECT " + COLUMNS + " FROM disclosure WHERE tenant_id = ? AND student_id = ? ORDER BY occurred_at, id LIMIT ?",
                        Disclosures::view, sql.tenant(), studentId, page.fetchSize())
                : sql.list("SELECT " + COLUMNS + " FROM disclosure WHERE tenant_id = ? AND student_id = ? AND (occurred_at, id) > (?, ?)"
                        + " ORDER BY occurred_at, id LIMIT ?", Disclosures::view, sql.tenant(), studentId, after.occurredAt(), after.id(),
                        page.fetchSize());
        return Page.of(rows, page, d -> d, d -> cursors.encode(list, new Position(d.occurredAt(), d.id())));
    }

    static DisclosureView view(ResultSet rs) throws SQLException {
        return new DisclosureView(Sql.uuid(rs, "id"), Sql.instant(rs, "occurred_at"), rs.getString("recipient_kind"),
                Sql.uuid(rs, "recipient_id"), rs.getString("records"), rs.getString("purpose"), Sql.uuid(rs, "export_id"),
                rs.getString("request_id"));
    }
}
