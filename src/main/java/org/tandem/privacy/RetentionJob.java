package org.tandem.privacy;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.tandem.platform.persistence.Sql;
import org.tandem.platform.tenancy.TenantScope;

/**
 * Enforces every district's retention once a day. Each instance may fire; the per-district claim in
 * {@link Retention#runFor} makes the run happen once. A district whose run fails is logged and tried
 * again on the next beat (its claim rolled back with it).
 */
@ApplicationScoped
class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final Retention retention;
    private final TenantScope tenants;
    private final Sql sql;

    RetentionJob(Retention retention, TenantScope tenants, Sql sql) {
        this.retention = retention;
        this.tenants = tenants;
        this.sql = sql;
    }

    @Scheduled(identity = "privacy-retention", cron = "${tandem.privacy.retention.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        runAll();
    }

    /** Runs every district's retention for today; returns how many districts this call ran. */
    int runAll() {
        List<String> districts = tenants.acrossTenants(() -> sql.list("SELECT tenant_id FROM district ORDER BY tenant_id",
                rs -> rs.getString(1)));
        int ran = 0;
        for (String tenant : districts) {
            try {
                if (tenants.inNewTransaction(UUID.fromString(tenant), () -> retention.runFor(tenant, retention.today())) != null) {
                    ran++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Retention run of district %s failed; it is tried again on the next beat", tenant);
            }
        }
        return ran;
    }
}
