package org.tandem.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.RetentionCategory;
import org.tandem.privacy.RetentionRule;

/** Finished webhook deliveries (and their attempts, by cascade) past the district's delivery retention. */
@ApplicationScoped
class WebhookDeliveryRetention implements RetentionRule {

    private static final String DONE = " FROM webhook_delivery WHERE tenant_id = ? AND status <> 'pending' AND created_at < ?";

    private final Sql sql;

    WebhookDeliveryRetention(Sql sql) {
        this.sql = sql;
    }

    @Override
    public RetentionCategory category() {
        return RetentionCategory.DELIVERIES;
    }

    @Override
    public String name() {
        return "webhooks.deliveries";
    }

    @Override
    public long count(String tenant, Instant cutoff) {
        return sql.one("SELECT count(*)" + DONE, rs -> rs.getLong(1), tenant, cutoff).orElse(0L);
    }

    @Override
    public int purge(String tenant, Instant cutoff) {
        return sql.update("DELETE" + DONE, tenant, cutoff);
    }
}
