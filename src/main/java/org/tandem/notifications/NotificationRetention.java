package org.tandem.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.RetentionCategory;
import org.tandem.privacy.RetentionRule;

/**
 * Notifications past the district's retention (docs/privacy.md): a notification and its ledger go
 * together once it is older than the cutoff and nothing of it is still waiting to be sent (held for
 * quiet hours, queued for a retry or for a digest); the ledger has its own rule for deliveries.
 */
final class NotificationRetention {

    private static final String SETTLED = " AND NOT EXISTS (SELECT 1 FROM notification_delivery d WHERE d.tenant_id = n.tenant_id"
            + " AND d.notification_id = n.id AND d.state IN ('queued', 'held', 'digest'))";

    private NotificationRetention() {
    }

    /** The feed entries themselves. */
    @ApplicationScoped
    static class Feed implements RetentionRule {
        private static final String OLD = " FROM notification n WHERE n.tenant_id = ? AND n.created_at < ?" + SETTLED;
        private final Sql sql;

        Feed(Sql sql) {
            this.sql = sql;
        }

        @Override
        public RetentionCategory category() {
            return RetentionCategory.NOTIFICATIONS;
        }

        @Override
        public String name() {
            return "notifications.feed";
        }

        @Override
        public long count(String tenant, Instant cutoff) {
            return sql.one("SELECT count(*)" + OLD, rs -> rs.getLong(1), tenant, cutoff).orElse(0L);
        }

        @Override
        public int purge(String tenant, Instant cutoff) {
            return sql.update("DELETE" + OLD, tenant, cutoff);
        }
    }

    /** The delivery ledger's final rows (sent, delivered, failed, skipped), when deliveries are kept shorter. */
    @ApplicationScoped
    static class Ledger implements RetentionRule {
        private static final String OLD = " FROM notification_delivery WHERE tenant_id = ? AND created_at < ?"
                + " AND state IN ('sent', 'delivered', 'failed', 'skipped')";
        private final Sql sql;

        Ledger(Sql sql) {
            this.sql = sql;
        }

        @Override
        public RetentionCategory category() {
            return RetentionCategory.DELIVERIES;
        }

        @Override
        public String name() {
            return "notifications.ledger";
        }

        @Override
        public long count(String tenant, Instant cutoff) {
            return sql.one("SELECT count(*)" + OLD, rs -> rs.getLong(1), tenant, cutoff).orElse(0L);
        }

        @Override
        public int purge(String tenant, Instant cutoff) {
            return sql.update("DELETE" + OLD, tenant, cutoff);
        }
    }
}
