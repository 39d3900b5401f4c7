package org.tandem.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.problem.ApiException;

/** District administrators see their integrators' clients and grant them scopes. */
@ApplicationScoped
@Transactional
class ApiClientAdministration {

    private final ApiClientRepository clients;

    ApiClientAdministration(ApiClientRepository clients) {
        this.clients = clients;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<ApiClientView> list() {
        return clients.inNameOrder().stream().map(ApiClientView::of).toList();
    }

    ApiClientView grant(UUID id, ScopeGrant grant) {
        ApiClient client = id == null ? null : clients.findById(id);
        if (client == null) {
            throw ApiException.notFound("API client " + id);
        }
        client.grant(grant.scopes().stream().distinct().sorted().toList());
        clients.flush();
        return ApiClientView.of(client);
    }
}
