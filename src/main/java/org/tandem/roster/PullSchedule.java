package org.tandem.roster;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.tandem.platform.tenancy.TenantScope;

/**
 * Scheduled pulls. Every instance looks for due districts, but each due pull is started once: the
 * district's row is claimed and its next pull moved on in one statement that skips rows another
 * instance holds ({@link RestSources#claimDue}), and the job itself is refused (409) while another
 * import of the district runs.
 */
@ApplicationScoped
class PullSchedule {

    private static final Logger LOG = Logger.getLogger(PullSchedule.class);
    static final int BATCH = 20;

    private final RestSources sources;
    private final RosterProviders providers;
    private final TenantScope tenants;
    private final Clock clock;

    PullSchedule(RestSources sources, RosterProviders providers, TenantScope tenants, Clock clock) {
        this.sources = sources;
        this.providers = providers;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Scheduled(identity = "roster-scheduled-pulls", every = "${tandem.roster.rest.schedule-check-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        startDue();
    }

    /** Claims the due districts and starts a pull for each; returns the districts claimed. */
    List<String> startDue() {
        List<String> due = sources.claimDue(clock.instant(), BATCH);
        for (String tenant : due) {
            try {
                tenants.within(UUID.fromString(tenant), () -> {
                    providers.scheduledPull(tenant);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not start the scheduled roster pull of district %s", tenant);
            }
        }
        return due;
    }
}
