package org.tandem.platform.idempotency;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Keeps idempotency records in PostgreSQL, each statement in its own short transaction, so that a
 * key is claimed atomically across every instance of the application.
 */
@ApplicationScoped
class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

    private final AgroalDataSource dataSource;
    private final IdempotencySettings settings;

    IdempotencyStore(AgroalDataSource dataSource, IdempotencySettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    /** Claims the key for a new request; false when someone already holds it. */
    boolean claim(String caller, String key, String fingerprint) throws SQLException {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement expired = c.prepareStatement(
                    "DELETE FROM idempotency_record WHERE caller = ? AND idempotency_key = ? AND expires_at < ?")) {
                expired.setString(1, caller);
                expired.setString(2, key);
                expired.setTimestamp(3, Timestamp.from(now));
                expired.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO idempotency_record (caller, idempotency_key, fingerprint, state, created_at, expires_at)
                    VALUES (?, ?, ?, 'in_flight', ?, ?) ON CONFLICT DO NOTHING""")) {
                insert.setString(1, caller);
                insert.setString(2, key);
                insert.setString(3, fingerprint);
                insert.setTimestamp(4, Timestamp.from(now));
                insert.setTimestamp(5, Timestamp.from(now.plus(settings.retention())));
                return insert.executeUpdate() == 1;
            }
        }
    }

    Optional<IdempotencyRecord> find(String caller, String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("""
                     SELECT fingerprint, state, created_at < ? AS stale, status, content_type, body, location, etag
                     FROM idempotency_record WHERE caller = ? AND idempotency_key = ?""")) {
            select.setTimestamp(1, Timestamp.from(Instant.now().minus(settings.inFlightTimeout())));
            select.setString(2, caller);
            select.setString(3, key);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IdempotencyRecord(rs.getString(1), "completed".equals(rs.getString(2)),
                        rs.getBoolean(3), rs.getInt(4), rs.getString(5), rs.getBytes(6), rs.getString(7),
                        rs.getString(8)));
            }
        }
    }

    /** Takes over a key whose request died in flight; false when another retry got there first. */
    boolean takeOverStale(String caller, String key, String fingerprint) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("""
                     UPDATE idempotency_record SET created_at = now()
                     WHERE caller = ? AND idempotency_key = ? AND fingerprint = ? AND state = 'in_flight'
                       AND created_at < ?""")) {
            update.setString(1, caller);
            update.setString(2, key);
            update.setString(3, fingerprint);
            update.setTimestamp(4, Timestamp.from(Instant.now().minus(settings.inFlightTimeout())));
            return update.executeUpdate() == 1;
        }
    }

    void complete(String caller, String key, int status, String contentType, byte[] body, String location,
                  String etag) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("""
                     UPDATE idempotency_record
                     SET state = 'completed', status = ?, content_type = ?, body = ?, location = ?, etag = ?
                     WHERE caller = ? AND idempotency_key = ?""")) {
            update.setInt(1, status);
            update.setString(2, contentType);
            update.setBytes(3, body);
            update.setString(4, location);
            update.setString(5, etag);
            update.setString(6, caller);
            update.setString(7, key);
            update.executeUpdate();
        }
    }

    void release(String caller, String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement(
                     "DELETE FROM idempotency_record WHERE caller = ? AND idempotency_key = ?")) {
            delete.setString(1, caller);
            delete.setString(2, key);
            delete.executeUpdate();
        }
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM idempotency_record WHERE expires_at < now()")) {
            int purged = delete.executeUpdate();
            if (purged > 0) {
                LOG.debugf("Purged %d expired idempotency records", purged);
            }
        }
    }
}
