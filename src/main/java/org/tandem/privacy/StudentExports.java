package org.tandem.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.access.StudentCapability;
import org.tandem.platform.persistence.Sql;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.ProblemCode;

/**
 * Asking for a student's export, following it, and downloading its archive (which is the disclosure).
 * What the export may hold is fixed when it is asked for, from the requester's rights at that moment.
 */
@ApplicationScoped
public class StudentExports {

    static final String COLUMNS = "id, student_id, state, purpose, include_goals, include_confidential, created_at, finished_at,"
            + " expires_at, archive_bytes, requested_by, requester_role";

    private final PrivacyAccess access;
    private final Caller caller;
    private final Sql sql;
    private final Clock clock;
    private final Disclosures disclosures;

    StudentExports(PrivacyAccess access, Caller caller, Sql sql, Clock clock, Disclosures disclosures) {
        this.access = access;
        this.caller = caller;
        this.sql = sql;
        this.clock = clock;
        this.disclosures = disclosures;
    }

    /** A new export, or the caller's export of this student still being built (asking twice builds once). */
    @Transactional
    public ExportView request(UUID studentId, ExportRequest input) {
        PrivacyAccess.Rights rights = access.requireRecordsRights(studentId);
        String role = rights.administrator() ? "administrator" : "guardian";
        String purpose = input.purpose() != null && !input.purpose().isBlank() ? input.purpose().strip()
                : rights.administrator() ? "Administrative export" : "Parent's access request";
        String tenant = sql.tenant();
        // One pending export per requester and student: the lock makes two concurrent asks build once.
        sql.list("SELECT id FROM student WHERE tenant_id = ? AND id = ? FOR UPDATE", rs -> rs.getObject(1), tenant, studentId);
        Optional<ExportView> pending = sql.one("SELECT " + COLUMNS + " FROM student_export WHERE tenant_id = ? AND student_id = ?"
                + " AND requested_by = ? AND state IN ('queued', 'running')", StudentExports::view, tenant, studentId, caller.accountId());
        if (pending.isPresent()) {
            return pending.get();
        }
        UUID id = UUID.randomUUID();
        boolean goals = access.may(studentId, StudentCapability.SEE_GOALS_AND_CELEBRATIONS);
        boolean confidential = goals && access.may(studentId, StudentCapability.SEE_CONFIDENTIAL);
        sql.update("INSERT INTO student_export (tenant_id, id, student_id, requested_by, requester_role, purpose, include_goals,"
                        + " include_confidential, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?)",
                tenant, id, studentId, caller.accountId(), role, purpose, goals, confidential, clock.instant());
        return find(id);
    }

    /** The caller's own exports of the student, newest first (at most the last 100: they expire within days). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<ExportView> mine(UUID studentId) {
        access.requireRecordsRights(studentId);
        return sql.list("SELECT " + COLUMNS + " FROM student_export WHERE tenant_id = ? AND student_id = ? AND requested_by = ?"
                + " ORDER BY created_at DESC, id LIMIT 100", StudentExports::view, sql.tenant(), studentId, caller.accountId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExportView get(UUID exportId) {
        return find(exportId);
    }

    /** The archive, handed to its requester only; each download is written to the disclosure log. */
    @Transactional
    public byte[] download(UUID exportId) {
        ExportView export = find(exportId);
        access.requireRecordsRights(export.studentId()); // rights lost since asking (a link removed) end here
        if (export.state().equals("expired")) {
            throw new ApiException(410, ProblemCode.EXPORT_EXPIRED.wire(), "Gone", "The export expired; ask for a new one");
        }
        if (!export.state().equals("ready")) {
            throw ApiException.conflict(ProblemCode.EXPORT_NOT_READY.wire(), "The export is " + export.state());
        }
        byte[] archive = sql.one("SELECT archive FROM student_export WHERE tenant_id = ? AND id = ?", rs -> rs.getBytes(1),
                sql.tenant(), exportId).orElseThrow(() -> ApiException.notFound("Export " + exportId));
        String role = sql.one("SELECT requester_role FROM student_export WHERE tenant_id = ? AND id = ?", rs -> rs.getString(1),
                sql.tenant(), exportId).orElseThrow();
        disclosures.record(export.studentId(), role, caller.accountId(), "Export of the student's records"
                + (export.includesGoals() ? (export.includesConfidential() ? ", confidential goals included" : ", without confidential goals")
                : ", without goals and celebrations"), export.purpose(), exportId);
        return archive;
    }

    /** The caller's own export; anyone else's does not exist for them. */
    private ExportView find(UUID exportId) {
        return sql.one("SELECT " + COLUMNS + " FROM student_export WHERE tenant_id = ? AND id = ? AND requested_by = ?",
                StudentExports::view, sql.tenant(), exportId, caller.accountId())
                .orElseThrow(() -> ApiException.notFound("Export " + exportId));
    }

    static ExportView view(ResultSet rs) throws SQLException {
        UUID id = Sql.uuid(rs, "id");
        String state = rs.getString("state");
        Object bytes = rs.getObject("archive_bytes");
        return new ExportView(id, Sql.uuid(rs, "student_id"), state, rs.getString("purpose"), rs.getBoolean("include_goals"),
                rs.getBoolean("include_confidential"), Sql.instant(rs, "created_at"), Sql.instant(rs, "finished_at"),
                Sql.instant(rs, "expires_at"), bytes == null ? null : ((Number) bytes).intValue(),
                state.equals("ready") ? "/api/v1/exports/" + id + "/archive" : null);
    }
}
