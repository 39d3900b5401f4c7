package org.tandem.webhooks;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes what attempts came to, many at a time in one transaction (the dispatcher's hot path): the
 * attempt itself, the delivery's new state (succeeded, waiting for its next try, or failed), and the
 * endpoint's health (a success clears {@code failing_since}, a failure sets it if unset, a 410 disables
 * the endpoint). Endpoints failing for longer than {@code disable-after} are then disabled and their
 * owners told ({@link EndpointHealth}).
 */
@ApplicationScoped
class DeliveryLog {

    // Only for a delivery that still exists: one removed meanwhile (its endpoint deleted, its student's
    // records erased) would otherwise fail the whole batch on the foreign key.
    private static final String ATTEMPT = "INSERT INTO webhook_attempt (tenant_id, delivery_id, endpoint_id, attempted_at,"
            + " status_code, latency_ms, outcome, response_excerpt, error, manual) SELECT d.tenant_id, d.id, CAST(? AS uuid),"
            + " CAST(? AS timestamptz), CAST(? AS int), CAST(? AS int), CAST(? AS text), CAST(? AS text), CAST(? AS text),"
            + " CAST(? AS boolean) FROM webhook_delivery d WHERE d.tenant_id = ? AND d.id = ?";
    private static final String DELIVERY = "UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, next_attempt_at = ?, replay = false,"
            + " last_status = ?, last_error = ?, finished_at = CASE WHEN ? = 'pending' THEN NULL ELSE now() END"
            + " WHERE tenant_id = ? AND id = ?";
    private static final String HEALTHY = "UPDATE webhook_endpoint SET failing_since = NULL"
            + " WHERE tenant_id = ? AND id = ? AND failing_since IS NOT NULL";
    private static final String FAILING = "UPDATE webhook_endpoint SET failing_since = ?"
            + " WHERE tenant_id = ? AND id = ? AND failing_since IS NULL";
    private static final String GONE = "UPDATE webhook_endpoint SET status = 'disabled', updated_at = now(), version = version + 1,"
            + " disabled_reason = 'The endpoint answered 410 Gone' WHERE tenant_id = ? AND id = ? AND status <> 'disabled'";

    private final AgroalDataSource dataSource;
    private final RetryPlan plan;
    private final EndpointHealth health;
    private final Clock clock;

    DeliveryLog(AgroalDataSource dataSource, WebhookSettings settings, EndpointHealth health, Clock clock) {
        this.dataSource = dataSource;
        this.plan = new RetryPlan(settings);
        this.health = health;
        this.clock = clock;
    }

    void record(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement attempt = connection.prepareStatement(ATTEMPT);
                 PreparedStatement delivery = connection.prepareStatement(DELIVERY);
                 PreparedStatement healthy = connection.prepareStatement(HEALTHY);
                 PreparedStatement failing = connection.prepareStatement(FAILING);
                 PreparedStatement gone = connection.prepareStatement(GONE)) {
                for (Outcome o : outcomes) {
                    Claim c = o.claim();
                    attempt.setObject(1, c.endpointId());
                    attempt.setTimestamp(2, Timestamp.from(o.at()));
                    setInt(attempt, 3, o.statusCode());
                    attempt.setInt(4, o.latencyMs());
                    attempt.setString(5, o.kind());
                    attempt.setString(6, o.excerpt());
                    attempt.setString(7, o.error());
                    attempt.setBoolean(8, c.manual());
                    attempt.setString(9, c.tenant());
                    attempt.setObject(10, c.deliveryId());
                    attempt.addBatch();

                    Instant next = o.succeeded() || "gone".equals(o.kind()) ? null
                            : plan.next(clock.instant(), c.attemptsMade() + 1, o.retryAfter());
                    String status = o.succeeded() ? "succeeded" : next == null ? "failed" : "pending";
                    delivery.setString(1, status);
                    delivery.setTimestamp(2, next == null ? null : Timestamp.from(next));
                    setInt(delivery, 3, o.statusCode());
                    delivery.setString(4, o.succeeded() ? null : o.error() != null ? o.error() : "Answered " + o.statusCode());
                    delivery.setString(5, status);
                    delivery.setString(6, c.tenant());
                    delivery.setObject(7, c.deliveryId());
                    delivery.addBatch();

                    PreparedStatement endpoint = o.succeeded() ? healthy : "gone".equals(o.kind()) ? gone : failing;
                    int i = 1;
                    if (endpoint == failing) {
                        endpoint.setTimestamp(i++, Timestamp.from(o.at()));
                    }
                    endpoint.setString(i++, c.tenant());
                    endpoint.setObject(i, c.endpointId());
                    endpoint.addBatch();
                }
                attempt.executeBatch();
                delivery.executeBatch();
                healthy.executeBatch();
                failing.executeBatch();
                gone.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not record webhook attempts", e);
            }
            if (outcomes.stream().anyMatch(o -> !o.succeeded())) {
                health.disableLongFailing();
            }
        });
    }

    private static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
