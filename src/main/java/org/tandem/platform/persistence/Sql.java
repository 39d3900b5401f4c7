package org.tandem.platform.persistence;

import jakarta.inject.Singleton;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.tandem.platform.tenancy.TenantContext;

/**
 * Plain SQL for the hottest read paths (the inbox, a thread's pages, the unread total), where
 * Hibernate's per-execution cost was most of the request's CPU: with the {@code @TenantId} filter
 * enabled it builds a fresh SQL AST for every query and every {@code find} (docs/performance.md).
 *
 * <p>Hibernate's tenant filter does not apply here, so <b>every statement names the tenant itself</b>:
 * pass {@link #tenant()} and write {@code tenant_id = ?} for every table the statement reads. Inside a
 * transaction the connection is the one Hibernate uses (Agroal enlists it), outside one each call
 * borrows a pooled connection in auto-commit. Entities that Hibernate has not flushed yet are not
 * visible here, and Hibernate does not see what is written here in the entities it already holds: a
 * write through {@link #update} or an {@code INSERT ... RETURNING} through {@link #one} belongs in a
 * unit of work that loads no entity of the tables it writes (posting a message, marking read).
 */
@Singleton
public class Sql {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;
    private final TenantContext tenants;

    Sql(DataSource dataSource, TenantContext tenants) {
        this.dataSource = dataSource;
        this.tenants = tenants;
    }

    /** The current tenant as stored in {@code tenant_id} columns; fails when no tenant is known. */
    public String tenant() {
        return tenants.current().map(UUID::toString)
                .orElseThrow(() -> new IllegalStateException("No tenant for this unit of work"));
    }

    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        try (Connection connection = dataSource.getConnection()) {
            return list(connection, sql, row, params);
        } catch (SQLException e) {
            throw new PersistenceException("Query failed", e);
        }
    }

    /**
     * The same query on a connection the caller holds outside the pool (live updates' own threads);
     * the caller's transaction, the caller's failure handling.
     */
    public static <T> List<T> list(Connection connection, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.map(rs));
                }
                return rows;
            }
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Runs one INSERT, UPDATE or DELETE on the transaction's connection and returns how many rows it
     * changed, without Hibernate's native-query machinery (which opens a session, flushes it and
     * invalidates its caches for every statement: 40% of a mark-read's application CPU).
     */
    public int update(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, params);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Update failed", e);
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value instanceof Instant instant) {
                statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (value instanceof Collection<?> values) {
                // Only UUID collections are used (= ANY (?)); an array keeps one statement shape for every size.
                statement.setArray(i + 1, connection.createArrayOf("uuid", values.toArray()));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
