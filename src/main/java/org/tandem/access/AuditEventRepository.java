package org.tandem.access;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The audit log's rows: appended in the reading transaction, read per student in (occurredAt, id) order. */
@ApplicationScoped
class AuditEventRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    /** Up to {@code limit} events of the student after a position (none: from the start). */
    List<AuditEvent> ofStudentAfter(UUID studentId, Instant afterAt, UUID afterId, int limit) {
        var query = afterAt == null
                ? find("studentId = ?1 ORDER BY occurredAt, id", studentId)
                : find("studentId = ?1 AND (occurredAt, id) > (?2, ?3) ORDER BY occurredAt, id", studentId, afterAt,
                        afterId);
        return query.range(0, limit - 1).list();
    }

    /** Lets go of the rows read so far (a long export reads in batches). */
    void forgetRead() {
        getEntityManager().clear();
    }
}
