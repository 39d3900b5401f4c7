package org.tandem.platform.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The accounts whose access tokens were recently revoked, with the lowest token epoch each still
 * accepts. Kept in memory, so checking a token costs a map lookup and no query: every instance
 * reloads the (small) set of recent revocations every second, and the instance that revokes knows
 * at once. Only revocations younger than an access token's lifetime are kept, since older ones
 * can only refuse tokens that have expired anyway.
 */
@ApplicationScoped
public class RevokedTokens {

    /** The access-token claim that carries the account's token epoch. */
    public static final String EPOCH_CLAIM = "epoch";

    private static final Logger LOG = Logger.getLogger(RevokedTokens.class);

    private final AgroalDataSource dataSource;
    private final long windowSeconds;
    private volatile Map<UUID, Integer> minimumEpochs = Map.of();
    /** This instance's own recent revocations, kept over reloads that may have read before they committed. */
    private final Map<UUID, Local> local = new HashMap<>();

    private record Local(int epoch, long keepUntilNanos) {
    }

    RevokedTokens(AgroalDataSource dataSource, JwtSettings settings) {
        this.dataSource = dataSource;
        this.windowSeconds = settings.accessTokenLifespan().toSeconds() + 2L * TokenVerification.CLOCK_SKEW_SECONDS;
    }

    void load(@Observes StartupEvent started) {
        refresh();
    }

    /** Whether a token of this account with this epoch has been revoked. */
    public boolean isRevoked(UUID accountId, int epoch) {
        Integer minimum = minimumEpochs.get(accountId);
        return minimum != null && epoch < minimum;
    }

    /** Records a revocation this instance just made, before the next reload would bring it. */
    public synchronized void remember(UUID accountId, int minimumEpoch) {
        local.put(accountId, new Local(minimumEpoch, System.nanoTime() + 10_000_000_000L));
        Map<UUID, Integer> next = new HashMap<>(minimumEpochs);
        next.merge(accountId, minimumEpoch, Math::max);
        minimumEpochs = Map.copyOf(next);
    }

    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        Map<UUID, Integer> loaded = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT account_id, epoch FROM token_revocation WHERE revoked_at > now() - make_interval(secs => ?)")) {
            statement.setDouble(1, windowSeconds);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    loaded.merge(rows.getObject(1, UUID.class), rows.getInt(2), Math::max);
                }
            }
        } catch (SQLException e) {
            // Keep what we know; the database being away is reported elsewhere (readiness, 503s).
            LOG.debugf("Could not reload token revocations: %s", e.getMessage());
            return;
        }
        synchronized (this) {
            long now = System.nanoTime();
            local.values().removeIf(l -> l.keepUntilNanos() - now < 0);
            local.forEach((account, l) -> loaded.merge(account, l.epoch(), Math::max));
            minimumEpochs = Map.copyOf(loaded);
        }
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "DELETE FROM token_revocation WHERE revoked_at < now() - make_interval(secs => ?)")) {
            statement.setDouble(1, windowSeconds);
            statement.executeUpdate();
        } catch (SQLException e) {
            LOG.debugf("Could not prune token revocations: %s", e.getMessage());
        }
    }
}
