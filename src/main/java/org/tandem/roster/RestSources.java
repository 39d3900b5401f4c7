package org.tandem.roster;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The roster_rest_source table: one OneRoster REST provider per district, in plain SQL naming the tenant. */
@ApplicationScoped
class RestSources {

    /** A district's provider as stored (credentials still sealed). */
    record RestSource(String tenant, String baseUrl, String tokenUrl, byte[] credentials, String scope, Duration pullEvery,
                      Instant nextPullAt, Instant watermark, UUID lastPullId, Instant lastSucceededAt, Instant createdAt,
                      Instant updatedAt, long version) {
    }

    private static final String COLUMNS = "tenant_id, base_url, token_url, credentials, scope, "
            + "extract(epoch FROM pull_every)::bigint AS pull_every_seconds, next_pull_at, watermark, last_pull_id, "
            + "last_succeeded_at, created_at, updated_at, version";

    private final DataSource dataSource;

    RestSources(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<RestSource> find(String tenant) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM roster_rest_source WHERE tenant_id = ?")) {
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the district's OneRoster provider", e);
        }
    }

    /** Inserts the district's provider; false when one exists already (a concurrent create won). */
    boolean insert(RestSource source, UUID by) {
        return update("INSERT INTO roster_rest_source (tenant_id, base_url, token_url, credentials, scope, pull_every, "
                        + "next_pull_at, updated_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?::interval, ?, ?, ?, ?) "
                        + "ON CONFLICT (tenant_id) DO NOTHING",
                source.tenant(), source.baseUrl(), source.tokenUrl(), source.credentials(), source.scope(),
                interval(source.pullEvery()), ts(source.nextPullAt()), by, ts(source.createdAt()), ts(source.updatedAt())) == 1;
    }

    /**
     * Replaces the provider's settings if it is still at {@code expectedVersion}; false otherwise. A
     * new base URL clears the watermark (another provider's dates mean nothing here).
     */
    boolean replace(RestSource source, UUID by, long expectedVersion) {
        return update("UPDATE roster_rest_source SET watermark = CASE WHEN base_url = ? THEN watermark END, "
                        + "base_url = ?, token_url = ?, credentials = ?, scope = ?, pull_every = ?::interval, next_pull_at = ?, "
                        + "updated_by = ?, updated_at = ?, version = version + 1 WHERE tenant_id = ? AND version = ?",
                source.baseUrl(), source.baseUrl(), source.tokenUrl(), source.credentials(), source.scope(),
                interval(source.pullEvery()), ts(source.nextPullAt()), by, ts(source.updatedAt()), source.tenant(),
                expectedVersion) == 1;
    }

    boolean delete(String tenant, long expectedVersion) {
        return update("DELETE FROM roster_rest_source WHERE tenant_id = ? AND version = ?", tenant, expectedVersion) == 1;
    }

    /** Records the pull a job started (on demand or by the schedule). */
    void pullStarted(String tenant, UUID jobId) {
        update("UPDATE roster_rest_source SET last_pull_id = ? WHERE tenant_id = ?", jobId, tenant);
    }

    /**
     * In the import's writing transaction: the pull succeeded, so the watermark moves to the latest
     * dateLastModified it received (never backwards; unchanged when it received nothing).
     */
    void pullSucceeded(Connection c, String tenant, Instant watermark, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE roster_rest_source SET last_succeeded_at = ?, "
                + "watermark = CASE WHEN ?::timestamptz IS NULL THEN watermark "
                + "ELSE greatest(coalesce(watermark, ?::timestamptz), ?::timestamptz) END WHERE tenant_id = ?")) {
            s.setTimestamp(1, ts(at));
            s.setTimestamp(2, ts(watermark));
            s.setTimestamp(3, ts(watermark));
            s.setTimestamp(4, ts(watermark));
            s.setString(5, tenant);
            s.executeUpdate();
        }
    }

    /**
     * Claims the districts whose scheduled pull is due, moving each one's next pull on by its period in
     * the same statement: rows another instance is claiming are skipped, so each due pull is claimed once.
     */
    List<String> claimDue(Instant now, int max) {
        String sql = "UPDATE roster_rest_source r SET next_pull_at = ?::timestamptz + r.pull_every "
                + "WHERE r.tenant_id IN (SELECT tenant_id FROM roster_rest_source WHERE pull_every IS NOT NULL "
                + "AND next_pull_at <= ? ORDER BY next_pull_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING r.tenant_id";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, ts(now));
            s.setTimestamp(2, ts(now));
            s.setInt(3, max);
            List<String> tenants = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tenants.add(rs.getString(1));
                }
            }
            return tenants;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim due roster pulls", e);
        }
    }

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the district's OneRoster provider", e);
        }
    }

    private static RestSource read(ResultSet rs) throws SQLException {
        long every = rs.getLong("pull_every_seconds");
        Duration pullEvery = rs.wasNull() ? null : Duration.ofSeconds(every);
        return new RestSource(rs.getString("tenant_id"), rs.getString("base_url"), rs.getString("token_url"),
                rs.getBytes("credentials"), rs.getString("scope"), pullEvery, instant(rs, "next_pull_at"),
                instant(rs, "watermark"), rs.getObject("last_pull_id", UUID.class), instant(rs, "last_succeeded_at"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String interval(Duration duration) {
        return duration == null ? null : duration.toString();
    }
}
