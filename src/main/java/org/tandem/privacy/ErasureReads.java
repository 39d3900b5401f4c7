package org.tandem.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.persistence.Sql;
import org.tandem.platform.problem.ApiException;

/** The district's erasure records, oldest first, for its administrators. */
@ApplicationScoped
class ErasureReads {

    record Position(Instant orderedAt, UUID id) {
    }

    private final Erasures records;
    private final CursorCodec cursors;
    private final Sql sql;

    ErasureReads(Erasures records, CursorCodec cursors, Sql sql) {
        this.records = records;
        this.cursors = cursors;
        this.sql = sql;
    }

    Page<ErasureView> page(PageRequest page) {
        Position after = cursors.decode("erasures", page.cursor(), Position.class);
        return Page.of(after == null ? records.page(sql.tenant(), null, null, page.fetchSize())
                        : records.page(sql.tenant(), after.orderedAt(), after.id(), page.fetchSize()), page, e -> e,
                e -> cursors.encode("erasures", new Position(e.orderedAt(), e.id())));
    }

    ErasureView one(UUID id) {
        return records.find(sql.tenant(), id).orElseThrow(() -> ApiException.notFound("Erasure " + id));
    }
}
