package org.tandem.platform.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Tells Hibernate which tenant a session belongs to. Every entity with a {@code @TenantId} is then
 * filtered on it in every query and stamped with it on insert: tenant isolation lives here, not in
 * WHERE clauses each query must remember. Without a tenant, sessions see nothing.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class TokenTenantResolver implements TenantResolver {

    /** Matches no tenant: the safe answer when none is known. */
    public static final String NO_TENANT = new UUID(0, 0).toString();

    @Override
    public String getDefaultTenantId() {
        return NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        if (!Arc.container().requestContext().isActive()) {
            return NO_TENANT;
        }
        return Arc.container().instance(TenantContext.class).get().current().map(UUID::toString).orElse(NO_TENANT);
    }
}
