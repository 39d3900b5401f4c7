package org.tandem.platform.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs work for one tenant outside an HTTP request (scheduled jobs): a request context is made
 * active if none is, the tenant is named before the first database access, and the work gets its
 * own transaction, so that the Hibernate session it opens belongs to that tenant.
 */
@ApplicationScoped
public class TenantScope {

    public <T> T inNewTransaction(UUID tenant, Supplier<T> work) {
        return run(tenant, work);
    }

    /**
     * Work that names no tenant: entity queries see nothing, so it can only read across tenants
     * with native SQL (to find, say, which tenants have work due).
     */
    public <T> T acrossTenants(Supplier<T> work) {
        return run(UUID.fromString(TokenTenantResolver.NO_TENANT), work);
    }

    private <T> T run(UUID tenant, Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            Arc.container().instance(TenantContext.class).get().use(tenant);
            return QuarkusTransaction.requiringNew().call(work::get);
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }
}
