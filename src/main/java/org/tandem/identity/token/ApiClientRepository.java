package org.tandem.identity.token;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Integrators' API clients, by their client id. */
@ApplicationScoped
class ApiClientRepository implements PanacheRepositoryBase<ApiClient, UUID> {

    /** The district of an active client, found before any tenant is known (native SQL: not tenant-filtered). */
    Optional<UUID> tenantOfActive(String clientId) {
        return getEntityManager().createNativeQuery(
                        "SELECT cast(tenant_id AS uuid) FROM api_client WHERE client_id = :client AND active", UUID.class)
                .setParameter("client", clientId).getResultStream().findFirst().map(UUID.class::cast);
    }

    java.util.List<ApiClient> inNameOrder() {
        return list("ORDER BY name, id");
    }

    Optional<ApiClient> activeByClientId(String clientId) {
        return find("clientId = ?1 AND active = true", clientId).firstResultOptional();
    }
}
