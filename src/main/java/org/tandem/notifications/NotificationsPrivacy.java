package org.tandem.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.AccountErasure;
import org.tandem.privacy.ErasedAccount;
import org.tandem.privacy.ErasedStudent;
import org.tandem.privacy.StudentErasure;
import org.tandem.privacy.Statements;

/**
 * Notifications' part of a deletion. A student: every notification about them or about a record the
 * other features removed (its subject, an id in its data, their name in its text), with its delivery
 * ledger (the foreign key cascades); it runs after the features have reported what they removed. A
 * guardian's account: their feed, ledger, preferences and quiet-hours settings.
 */
@ApplicationScoped
class NotificationsPrivacy implements StudentErasure, AccountErasure {

    private final Sql sql;

    NotificationsPrivacy(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String feature() {
        return "notifications";
    }

    @Override
    public int order() {
        return TRACES - 10;
    }

    @Override
    public void erase(ErasedStudent student) {
        // Ids appear inside links and data, the name in titles and bodies: any mention counts.
        List<UUID> removed = Statements.ids(sql, "DELETE FROM notification WHERE tenant_id = ? AND (subject_id = ANY (?) OR "
                        + Statements.textMentionsAny("concat_ws(' ', title, body, link, data::text)") + ") RETURNING id",
                student.tenant(), student.forgottenIds(), Statements.phraseList(student));
        student.forgotten(removed);
        student.removed(feature(), removed.size());
    }

    @Override
    public void erase(ErasedAccount account) {
        UUID id = account.accountId();
        int rows = Statements.run(sql, List.of(
                "DELETE FROM notification WHERE tenant_id = ? AND recipient_id = ?",
                "DELETE FROM notification_delivery WHERE tenant_id = ? AND recipient_id = ?",
                "DELETE FROM notification_preference WHERE tenant_id = ? AND account_id = ?",
                "DELETE FROM notification_setting WHERE tenant_id = ? AND account_id = ?"), account.tenant(), id);
        account.removed(feature(), rows);
    }
}
