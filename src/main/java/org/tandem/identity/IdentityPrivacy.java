package org.tandem.identity;

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
 * Identity's part of a deletion. A student's invitations and join requests go. A guardian's account
 * becomes a tombstone: no email (a placeholder no one can receive), no name ("A former member"), no
 * password or external subject, inactive, every token stopped; its sign-ins, resets, invitations and
 * join requests go. The row stays so that what the guardian wrote elsewhere keeps an author.
 */
@ApplicationScoped
class IdentityPrivacy implements StudentErasure, AccountErasure {

    private final Sql sql;
    private final AccessTokenRevocation tokens;

    IdentityPrivacy(Sql sql, AccessTokenRevocation tokens) {
        this.sql = sql;
        this.tokens = tokens;
    }

    @Override
    public String feature() {
        return "identity";
    }

    @Override
    public void erase(ErasedStudent student) {
        String tenant = student.tenant();
        List<UUID> invitations = Statements.ids(sql, "DELETE FROM invitation WHERE tenant_id = ? AND student_id = ? RETURNING id",
                tenant, student.studentId());
        List<UUID> requests = Statements.ids(sql, "DELETE FROM join_request WHERE tenant_id = ? AND student_id = ? RETURNING id",
                tenant, student.studentId());
        student.forgotten(invitations);
        student.forgotten(requests);
        student.removed(feature(), invitations.size() + requests.size());
    }

    @Override
    public void erase(ErasedAccount account) {
        String tenant = account.tenant();
        UUID id = account.accountId();
        int rows = Statements.run(sql, List.of(
                "DELETE FROM refresh_token WHERE tenant_id = ? AND account_id = ?",
                "DELETE FROM password_reset WHERE tenant_id = ? AND account_id = ?",
                "DELETE FROM join_request WHERE tenant_id = ? AND account_id = ?"), tenant, id);
        rows += sql.update("DELETE FROM invitation WHERE tenant_id = ? AND (accepted_account_id = ? OR lower(email) = lower(?))",
                tenant, id, account.email());
        tokens.revokeAll(UUID.fromString(tenant), id);
        sql.update("UPDATE account SET email = ?, display_name = ?, password_hash = NULL, external_subject = NULL,"
                        + " preferred_language = 'en', active = false, version = version + 1 WHERE tenant_id = ? AND id = ?",
                "former-member-" + id + "@erased.invalid", ErasedAccount.FORMER_MEMBER, tenant, id);
        account.removed(feature(), rows);
    }
}
