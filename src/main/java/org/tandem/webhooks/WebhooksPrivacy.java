package org.tandem.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.ErasedStudent;
import org.tandem.privacy.StudentErasure;
import org.tandem.privacy.Statements;

/**
 * Webhooks' part of a student's deletion: deliveries (with their attempts, whose response excerpts may
 * echo a payload) of every event about a removed record. It runs before the outbox's events are
 * removed, since a delivery is found through its event.
 */
@ApplicationScoped
class WebhooksPrivacy implements StudentErasure {

    private final Sql sql;

    WebhooksPrivacy(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String feature() {
        return "webhooks";
    }

    @Override
    public int order() {
        return TRACES - 10;
    }

    @Override
    public void erase(ErasedStudent student) {
        int rows = sql.update("DELETE FROM webhook_delivery d WHERE d.tenant_id = ? AND (d.subject_id = ANY (?) OR d.event_id IN"
                        + " (SELECT e.id FROM domain_event e WHERE e.tenant_id = ? AND (e.subject_id = ANY (?) OR "
                        + Statements.jsonNamesAny("e.data") + ")))",
                student.tenant(), student.forgottenIds(), student.tenant(), student.forgottenIds(),
                Statements.idList(student.forgottenIds()));
        student.removed(feature(), rows);
    }
}
