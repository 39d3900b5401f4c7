package org.tandem.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.tandem.platform.persistence.Sql;

/**
 * Mail that was sent or gave up (the platform's mail outbox, which belongs to no feature) past the
 * district's delivery retention; mail still being tried is never removed.
 */
@ApplicationScoped
class MailDeliveryRetention implements RetentionRule {

    private static final String DONE = " FROM mail_outbox WHERE tenant_id = ? AND state <> 'pending' AND created_at < ?";

    private final Sql sql;

    MailDeliveryRetention(Sql sql) {
        this.sql = sql;
    }

    @Override
    public RetentionCategory category() {
        return RetentionCategory.DELIVERIES;
    }

    @Override
    public String name() {
        return "platform.mail";
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
