package org.tandem.platform.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.tandem.platform.problem.ApiException;

/**
 * Fixed-window counters in PostgreSQL, shared by every instance of the application. Each call is
 * its own short transaction (any surrounding one is suspended), so a count survives the rollback
 * of the request that made it.
 */
@ApplicationScoped
public class RateLimiter {

    /** A limit: at most {@code hits} per {@code window}. */
    public record Limit(int hits, Duration window) {
    }

    private final AgroalDataSource dataSource;

    RateLimiter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Throws 429 with Retry-After when the bucket has reached its limit in the current window. */
    public void requireUnder(String bucket, Limit limit, String detail) {
        long retryAfter = secondsUntilAllowed(bucket, limit);
        if (retryAfter > 0) {
            throw ApiException.tooManyRequests(retryAfter, detail);
        }
    }

    /** Counts one hit (for example a failed sign-in). */
    public void hit(String bucket, Limit limit) {
        execute("""
                INSERT INTO rate_limit_counter AS c (bucket, window_start, hits) VALUES (?, now(), 1)
                ON CONFLICT (bucket) DO UPDATE SET
                  hits = CASE WHEN c.window_start < now() - make_interval(secs => ?) THEN 1 ELSE c.hits + 1 END,
                  window_start = CASE WHEN c.window_start < now() - make_interval(secs => ?) THEN now() ELSE c.window_start END
                """, bucket, limit.window().toSeconds(), limit.window().toSeconds());
    }

    /** Forgets a bucket (for example after a successful sign-in). */
    public void reset(String bucket) {
        execute("DELETE FROM rate_limit_counter WHERE bucket = ?", bucket);
    }

    long secondsUntilAllowed(String bucket, Limit limit) {
        return QuarkusTransaction.requiringNew().call(() -> read(bucket, limit));
    }

    private long read(String bucket, Limit limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("""
                     SELECT hits, ceil(extract(epoch FROM window_start + make_interval(secs => ?) - now()))::bigint
                     FROM rate_limit_counter
                     WHERE bucket = ? AND window_start >= now() - make_interval(secs => ?)""")) {
            select.setLong(1, limit.window().toSeconds());
            select.setString(2, bucket);
            select.setLong(3, limit.window().toSeconds());
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next() && rs.getInt(1) >= limit.hits()) {
                    return Math.max(1, rs.getLong(2));
                }
                return 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The rate limiter is unavailable", e);
        }
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOldWindows() {
        execute("DELETE FROM rate_limit_counter WHERE window_start < now() - interval '1 day'");
    }

    private void execute(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> update(sql, parameters));
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The rate limiter is unavailable", e);
        }
    }
}
