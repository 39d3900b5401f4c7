package org.tandem.notifications.push;

import jakarta.enterprise.context.ApplicationScoped;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.AccountErasure;
import org.tandem.privacy.ErasedAccount;

/** A deleted account's registered devices and push subscriptions go with it. */
@ApplicationScoped
class PushPrivacy implements AccountErasure {

    private final Sql sql;

    PushPrivacy(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String feature() {
        return "push";
    }

    @Override
    public void erase(ErasedAccount account) {
        account.removed(feature(), sql.update("DELETE FROM push_device WHERE tenant_id = ? AND account_id = ?",
                account.tenant(), account.accountId()));
    }
}
