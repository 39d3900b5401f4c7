package org.tandem.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;

/** The erasure records: written in the deletion's transaction, read by district administrators. */
@ApplicationScoped
class Erasures {

    private static final String COLUMNS = "id, kind, ordered_by, ordered_by_role, ordered_at, rows_removed::text AS rows_removed";

    private final Sql sql;
    private final ObjectMapper json;
    private final Clock clock;

    Erasures(Sql sql, ObjectMapper json, Clock clock) {
        this.sql = sql;
        this.json = json;
        this.clock = clock;
    }

    ErasureView record(String tenant, String kind, UUID orderedBy, String role, Map<String, Integer> removed) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        sql.update("INSERT INTO erasure_record (tenant_id, id, kind, ordered_by, ordered_by_role, ordered_at, rows_removed)"
                + " VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb))", tenant, id, kind, orderedBy, role, now, write(new TreeMap<>(removed)));
        return new ErasureView(id, kind, orderedBy, role, now, new TreeMap<>(removed));
    }

    java.util.Optional<ErasureView> find(String tenant, UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM erasure_record WHERE tenant_id = ? AND id = ?", this::view, tenant, id);
    }

    java.util.List<ErasureView> page(String tenant, Instant afterAt, UUID afterId, int limit) {
        return afterAt == null
                ? sql.list("SELECT " + COLUMNS + " FROM erasure_record WHERE tenant_id = ? ORDER BY ordered_at, id LIMIT ?",
                        this::view, tenant, limit)
                : sql.list("SELECT " + COLUMNS + " FROM erasure_record WHERE tenant_id = ? AND (ordered_at, id) > (?, ?)"
                        + " ORDER BY ordered_at, id LIMIT ?", this::view, tenant, afterAt, afterId, limit);
    }

    private ErasureView view(ResultSet rs) throws SQLException {
        return new ErasureView(Sql.uuid(rs, "id"), rs.getString("kind"), Sql.uuid(rs, "ordered_by"), rs.getString("ordered_by_role"),
                Sql.instant(rs, "ordered_at"), read(rs.getString("rows_removed")));
    }

    private String write(Map<String, Integer> removed) {
        try {
            return json.writeValueAsString(removed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Integer> read(String text) {
        try {
            return new TreeMap<>(json.readValue(text, new TypeReference<Map<String, Integer>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
