package org.tandem.platform.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs work for one tenant outside an HTTP request (scheduled jobs, seeding): a request context is
 * made active if none is and the tenant is named before the first database access, so that every
 * Hibernate session the work opens belongs to that tenant.
 */
@ApplicationScoped
public class TenantScope {

    /** The work in its own transaction, in the tenant. */
    public <T> T inNewTransaction(UUID tenant, Supplier<T> work) {
        return within(tenant, () -> QuarkusTransaction.requiringNew().call(work::get));
    }

    /** The work in the tenant; it opens whatever transactions it needs itself. */
    public <T> T within(UUID tenant, Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            Arc.container().instance(TenantContext.class).get().use(tenant);
            return work.get();
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    /**
     * Work that names no tenant: entity queries see nothing, so it can only read across tenants
     * with native SQL (to find, say, which tenants have work due).
     */
    public <T> T acrossTenants(Supplier<T> work) {
        return inNewTransaction(UUID.fromString(TokenTenantResolver.NO_TENANT), work);
    }
}
