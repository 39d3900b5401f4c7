package org.tandem.demo;

import jakarta.enterprise.context.ApplicationScoped;
import org.tandem.access.Scopes;
import org.tandem.platform.persistence.Sql;

/**
 * Webhooks in the demo district: the demo integrator client ({@code demo-sis}) may register endpoints
 * and see every family of events, so the recipe `make run` prints (a local verifying receiver,
 * tools/webhooks/receiver.mjs) works with its client credentials. No endpoint is registered here: its
 * secret is shown once, to whoever registers it.
 */
@ApplicationScoped
class DemoWebhooks implements DemoSection {

    private static final String SCOPES = String.join(",", Scopes.WEBHOOKS_MANAGE, Scopes.MESSAGING_EVENTS,
            Scopes.GOALS_EVENTS, Scopes.CALENDAR_EVENTS, Scopes.CELEBRATIONS_EVENTS);

    private final Sql sql;

    DemoWebhooks(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public boolean present(DemoDirectory demo) {
        return sql.one("SELECT 1 FROM api_client WHERE tenant_id = ? AND client_id = ? AND ? = ANY (scopes)", rs -> 1,
                sql.tenant(), DemoPeople.CLIENT_ID, Scopes.WEBHOOKS_MANAGE).isPresent();
    }

    @Override
    public void populate(DemoDirectory demo) {
        sql.update("UPDATE api_client SET scopes = ARRAY(SELECT DISTINCT unnest(scopes || string_to_array(?, ',')) ORDER BY 1)"
                + " WHERE tenant_id = ? AND client_id = ?", SCOPES, sql.tenant(), DemoPeople.CLIENT_ID);
    }
}
