package org.tandem.identity.classcode;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** Keyset pages of join requests: a class's queue oldest first, a family's own newest first. */
@ApplicationScoped
class JoinRequestPages {

    private record Position(Instant createdAt, UUID id) {
    }

    private final JoinRequestRepository requests;
    private final CursorCodec cursors;

    JoinRequestPages(JoinRequestRepository requests, CursorCodec cursors) {
        this.requests = requests;
        this.cursors = cursors;
    }

    Page<JoinRequestView> forClass(UUID classId, JoinRequest.State state, PageRequest page) {
        String list = "join-requests:class:" + classId + ":" + state;
        Position after = cursors.decode(list, page.cursor(), Position.class);
        Position from = after == null ? new Position(Instant.EPOCH, new UUID(0, 0)) : after;
        return page(list, requests.queueOfClass(classId, state, from.createdAt(), from.id(), page.fetchSize()), page);
    }

    Page<JoinRequestView> forAccount(UUID accountId, PageRequest page) {
        String list = "join-requests:account:" + accountId;
        Position after = cursors.decode(list, page.cursor(), Position.class);
        Position from = after == null ? new Position(Instant.parse("9999-12-31T00:00:00Z"), new UUID(-1L, -1L)) : after;
        return page(list, requests.ofAccount(accountId, from.createdAt(), from.id(), page.fetchSize()), page);
    }

    private Page<JoinRequestView> page(String list, List<JoinRequest> rows, PageRequest page) {
        return Page.of(rows, page, JoinRequestView::of, j -> cursors.encode(list, new Position(j.createdAt(), j.id())));
    }
}
