package org.tandem.notifications.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.AccountErasure;
import org.tandem.privacy.ErasedAccount;
import org.tandem.privacy.ErasedStudent;
import org.tandem.privacy.StudentErasure;
import org.tandem.privacy.Statements;

/**
 * Live updates' part of a deletion: replayable stream events that name a removed record (a student's
 * thread, message, ...), and a deleted account's events, stream tickets and open-stream records.
 */
@ApplicationScoped
class LivePrivacy implements StudentErasure, AccountErasure {

    private final Sql sql;

    LivePrivacy(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String feature() {
        return "live";
    }

    /** After notifications, whose removed feed entries live events name. */
    @Override
    public int order() {
        return TRACES - 5;
    }

    @Override
    public void erase(ErasedStudent student) {
        student.removed(feature(), sql.update("DELETE FROM live_event WHERE tenant_id = ? AND " + Statements.textMentionsAny("data::text"),
                student.tenant(), Statements.phraseList(student)));
    }

    @Override
    public void erase(ErasedAccount account) {
        int rows = sql.update("DELETE FROM live_event WHERE tenant_id = ? AND recipient_id = ?", account.tenant(), account.accountId());
        rows += Statements.run(sql, List.of(
                "DELETE FROM live_ticket WHERE tenant_id = ? AND account_id = ?",
                "DELETE FROM live_stream WHERE tenant_id = ? AND account_id = ?"), account.tenant(), account.accountId());
        account.removed(feature(), rows);
    }
}
