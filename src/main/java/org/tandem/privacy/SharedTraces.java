package org.tandem.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;

/**
 * The last part of a deletion: traces in shared infrastructure, which belongs to no feature. Outbox
 * events (their subject or any string in their data naming a removed record, or the student's name),
 * stored idempotent responses that repeat a removed record, and mail about a removed record or to the
 * deleted account. It runs after every feature has reported the ids it removed.
 */
@ApplicationScoped
class SharedTraces implements StudentErasure, AccountErasure {

    /** Separates phrases passed as one text parameter (a control character no phrase holds). */
    private static final String SEPARATOR = "\u001f";

    private final Sql sql;

    SharedTraces(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String feature() {
        return "shared";
    }

    @Override
    public int order() {
        return TRACES;
    }

    @Override
    public int accountOrder() {
        return StudentErasure.TRACES;
    }

    @Override
    public void erase(ErasedStudent student) {
        String tenant = student.tenant();
        Set<UUID> ids = student.forgottenIds();
        String name = Statements.containing(student.fullName());
        // = ANY over a constant array is a hashed lookup (PostgreSQL 14+), so many ids stay cheap.
        int rows = sql.update("DELETE FROM domain_event WHERE tenant_id = ? AND (subject_id = ANY (?) OR data::text ILIKE ? OR "
                + Statements.jsonNamesAny("data") + ")", tenant, ids, name, Statements.idList(ids));
        rows += sql.update("DELETE FROM mail_outbox WHERE tenant_id = ? AND (about_id = ANY (?) OR subject ILIKE ? OR body ILIKE ?)",
                tenant, ids, name, name);
        rows += forgetResponses(tenant, String.join(SEPARATOR, student.phrases()));
        student.removed(feature(), rows);
    }

    @Override
    public void erase(ErasedAccount account) {
        String tenant = account.tenant();
        int rows = sql.update("DELETE FROM mail_outbox WHERE tenant_id = ? AND lower(recipient) LIKE ?",
                tenant, Statements.containing(account.email().toLowerCase()));
        rows += sql.update("DELETE FROM idempotency_record WHERE caller = ?", tenant + "/" + account.accountId());
        account.removed(feature(), rows);
    }

    /** Stored responses of the tenant's callers (kept a day for retries) that mention any phrase. */
    private int forgetResponses(String tenant, String phrases) {
        return sql.update("DELETE FROM idempotency_record r WHERE r.caller LIKE ? AND EXISTS (SELECT 1 FROM"
                + " unnest(string_to_array(?, chr(31))) p WHERE position(convert_to(p, 'UTF8') IN coalesce(r.body, ''::bytea)) > 0"
                + " OR strpos(coalesce(r.location, ''), p) > 0)", like(tenant) + "/%", phrases);
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
