package org.tandem.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.tandem.platform.outbox.DomainEvents;
import org.tandem.roster.dto.ImportChangeView;
import org.tandem.roster.dto.ImportFileProgress;
import org.tandem.roster.dto.ImportJobView;

/**
 * The roster_import and roster_import_change tables, with plain SQL that names the tenant in every
 * statement. Inside a transaction the connection is the transaction's (Agroal enlists it).
 */
@ApplicationScoped
class ImportJobs {

    /** A job whose heartbeat is older than this was abandoned by a stopped instance. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);
    static final String ONE_RUNNING = "roster_import_one_running";
    private static final String STATES_RUNNING = "('queued', 'fetching', 'validating', 'writing')";

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    ImportJobs(DataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    record NewJob(UUID id, boolean dryRun, boolean deactivateMissing, String source, UUID requestedBy, String requestedByKind,
                  String pullMode) {
        NewJob(UUID id, boolean dryRun, boolean deactivateMissing, String source, UUID requestedBy, String requestedByKind) {
            this(id, dryRun, deactivateMissing, source, requestedBy, requestedByKind, null);
        }
    }

    /** Inserts a queued job; a job of the district still running makes the unique index refuse it. */
    void create(String tenant, NewJob job) throws SQLException {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement abandon = c.prepareStatement("UPDATE roster_import SET state = 'failed', "
                    + "failure = 'The instance running this import stopped', finished_at = ? "
                    + "WHERE tenant_id = ? AND state IN " + STATES_RUNNING + " AND heartbeat_at < ?")) {
                abandon.setTimestamp(1, Timestamp.from(now));
                abandon.setString(2, tenant);
                abandon.setTimestamp(3, Timestamp.from(now.minus(ABANDONED_AFTER)));
                abandon.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO roster_import (tenant_id, id, state, dry_run, "
                    + "deactivate_missing, source, requested_by, requested_by_kind, created_at, heartbeat_at, pull_mode) "
                    + "VALUES (?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, tenant);
                insert.setObject(2, job.id());
                insert.setBoolean(3, job.dryRun());
                insert.setBoolean(4, job.deactivateMissing());
                insert.setString(5, job.source());
                insert.setObject(6, job.requestedBy());
                insert.setString(7, job.requestedByKind());
                insert.setTimestamp(8, Timestamp.from(now));
                insert.setTimestamp(9, Timestamp.from(now));
                insert.setString(10, job.pullMode());
                insert.executeUpdate();
            }
        }
    }

    /** The job's state and per-file progress (its own short statement: visible while the import works). */
    /** A job this instance still has (waiting for a worker, fetching, planning) is alive, not abandoned. */
    void heartbeat(String tenant, UUID id) {
        execute("UPDATE roster_import SET heartbeat_at = ? WHERE tenant_id = ? AND id = ? AND state IN " + STATES_RUNNING,
                Timestamp.from(clock.instant()), tenant, id);
    }

    void progress(String tenant, UUID id, String state, String version, List<ImportFileProgress> files) {
        execute("UPDATE roster_import SET state = ?, oneroster_version = coalesce(?, oneroster_version), files = ?::jsonb, "
                        + "heartbeat_at = ?, started_at = coalesce(started_at, ?) WHERE tenant_id = ? AND id = ?",
                state, version, write(files), Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), tenant, id);
    }

    void finish(Connection c, String tenant, UUID id, String state, List<ImportFileProgress> files,
                Map<String, Map<String, Integer>> summary, ImportErrors errors, List<String> notes, String failure)
            throws SQLException {
        List<Object> warnings = new ArrayList<>(errors.warnings());
        notes.forEach(note -> warnings.add(new RowError(null, null, null, note)));
        // The outbox event (roster.import_finished) is written by the same statement, so it exists
        // exactly when the job's final state does, in whatever transaction the caller holds.
        try (PreparedStatement s = c.prepareStatement("WITH done AS (UPDATE roster_import SET state = ?, files = ?::jsonb, "
                + "summary = ?::jsonb, errors = ?::jsonb, warnings = ?::jsonb, failure = ?, finished_at = ?, heartbeat_at = ? "
                + "WHERE tenant_id = ? AND id = ? RETURNING *) INSERT INTO " + DomainEvents.INSERT_COLUMNS
                + " SELECT tenant_id, 'roster.import_finished', id, CASE WHEN requested_by_kind = 'account' THEN requested_by END,"
                + " finished_at, jsonb_build_object('importId', id, 'state', state, 'dryRun', dry_run, 'source', source,"
                + " 'requestedBy', requested_by, 'requestedByKind', requested_by_kind,"
                + " 'errorCount', coalesce((errors ->> 'count')::int, 0)) FROM done")) {
            Timestamp now = Timestamp.from(clock.instant());
            s.setString(1, state);
            s.setString(2, write(files));
            s.setString(3, summary == null ? null : write(summary));
            s.setString(4, write(Map.of("count", errors.count(), "items", errors.errors())));
            s.setString(5, write(warnings));
            s.setString(6, failure);
            s.setTimestamp(7, now);
            s.setTimestamp(8, now);
            s.setString(9, tenant);
            s.setObject(10, id);
            s.executeUpdate();
        }
    }

    /** {@link #finish} in its own statement, for a job that failed (its import transaction rolled back). */
    void fail(String tenant, UUID id, List<ImportFileProgress> files, ImportErrors errors, List<String> notes, String failure) {
        try (Connection c = dataSource.getConnection()) {
            finish(c, tenant, id, "failed", files, null, errors, notes, failure);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the failure of import " + id, e);
        }
    }

    /** The changes of a plan, in order, as rows of roster_import_change. */
    void recordChanges(Connection c, String tenant, UUID id, ImportPlan plan) throws SQLException {
        // Written a chunk at a time as the plan is walked: a district's changes are never copied whole.
        List<String[]> chunk = new ArrayList<>(CHANGE_CHUNK);
        int written = 0;
        for (TablePlan table : plan.tables.values()) {
            String type = table.table.recordType();
            for (TablePlan.Creation cr : table.creations) {
                chunk.add(new String[] {type, cr.row().get(0), "created", ""});
                written = flushChanges(c, tenant, id, chunk, written, false);
            }
            for (TablePlan.Update u : table.updates) {
                chunk.add(new String[] {type, u.row().get(0), u.deactivation() ? "deactivated" : "updated",
                        String.join(",", u.changedFields())});
                written = flushChanges(c, tenant, id, chunk, written, false);
            }
        }
        flushChanges(c, tenant, id, chunk, written, true);
    }

    private static final int CHANGE_CHUNK = 10_000;

    private static int flushChanges(Connection c, String tenant, UUID id, List<String[]> chunk, int from, boolean last)
            throws SQLException {
        if (chunk.isEmpty() || (!last && chunk.size() < CHANGE_CHUNK)) {
            return from;
        }
        {
            // seq numbers the changes across chunks, as the job's change list pages by it
            String[][] columns = new String[5][chunk.size()];
            for (int i = 0; i < chunk.size(); i++) {
                columns[0][i] = String.valueOf(from + i + 1);
                for (int k = 0; k < 4; k++) {
                    columns[k + 1][i] = chunk.get(i)[k];
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO roster_import_change (tenant_id, import_id, seq, "
                    + "record_type, sourced_id, action, changed_fields) SELECT ?, ?, u.seq::int, u.t, coalesce(u.s, ''), u.a, "
                    + "CASE WHEN u.f = '' THEN '{}'::text[] ELSE string_to_array(u.f, ',') END "
                    + "FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(seq, t, s, a, f)")) {
                s.setString(1, tenant);
                s.setObject(2, id);
                for (int k = 0; k < 5; k++) {
                    s.setArray(k + 3, c.createArrayOf("text", columns[k]));
                }
                s.executeUpdate();
            }
        }
        int written = from + chunk.size();
        chunk.clear();
        return written;
    }

    Optional<ImportJobView> find(String tenant, UUID id) {
        List<ImportJobView> jobs = query("SELECT * FROM roster_import WHERE tenant_id = ? AND id = ?", tenant, id);
        return jobs.stream().findFirst();
    }

    /** Newest first, after the (created_at, id) position of a cursor. */
    List<ImportJobView> list(String tenant, Instant beforeTime, UUID beforeId, int fetch) {
        if (beforeTime == null) {
            return query("SELECT * FROM roster_import WHERE tenant_id = ? ORDER BY created_at DESC, id DESC LIMIT ?",
                    tenant, fetch);
        }
        return query("SELECT * FROM roster_import WHERE tenant_id = ? AND (created_at, id) < (?, ?) "
                + "ORDER BY created_at DESC, id DESC LIMIT ?", tenant, Timestamp.from(beforeTime), beforeId, fetch);
    }

    List<ImportChangeView> changes(String tenant, UUID id, String recordType, String action, int afterSeq, int fetch) {
        String sql = "SELECT seq, record_type, sourced_id, action, changed_fields FROM roster_import_change "
                + "WHERE tenant_id = ? AND import_id = ? AND seq > ?"
                + (recordType == null ? "" : " AND record_type = ?") + (action == null ? "" : " AND action = ?")
                + " ORDER BY seq LIMIT ?";
        List<Object> params = new ArrayList<>(List.of(tenant, id, afterSeq));
        if (recordType != null) {
            params.add(recordType);
        }
        if (action != null) {
            params.add(action);
        }
        params.add(fetch);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params.toArray());
            List<ImportChangeView> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ImportChangeView(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            List.of((String[]) rs.getArray(5).getArray())));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read import changes", e);
        }
    }

    private List<ImportJobView> query(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            List<ImportJobView> jobs = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    jobs.add(view(rs));
                }
            }
            return jobs;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read import jobs", e);
        }
    }

    private ImportJobView view(ResultSet rs) throws SQLException {
        Map<String, Object> errors = read(rs.getString("errors"), new TypeReference<>() { });
        List<RowError> items = json.convertValue(errors.getOrDefault("items", List.of()), new TypeReference<>() { });
        Object count = errors.getOrDefault("count", 0);
        return new ImportJobView(rs.getObject("id", UUID.class), rs.getString("state"), rs.getBoolean("dry_run"),
                rs.getBoolean("deactivate_missing"), rs.getString("source"), rs.getString("pull_mode"), rs.getString("oneroster_version"),
                read(rs.getString("files"), new TypeReference<List<ImportFileProgress>>() { }),
                rs.getString("summary") == null ? null : read(rs.getString("summary"), new TypeReference<>() { }),
                ((Number) count).intValue(), items,
                read(rs.getString("warnings"), new TypeReference<List<RowError>>() { }),
                rs.getString("failure"), instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"));
    }

    private void execute(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update an import job", e);
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
