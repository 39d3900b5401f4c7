package org.tandem.identity.classcode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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

    private final EntityManager em;
    private final CursorCodec cursors;

    JoinRequestPages(EntityManager em, CursorCodec cursors) {
        this.em = em;
        this.cursors = cursors;
    }

    Page<JoinRequestView> forClass(UUID classId, JoinRequest.State state, PageRequest page) {
        String list = "join-requests:class:" + classId + ":" + state;
        Position after = cursors.decode(list, page.cursor(), Position.class);
        TypedQuery<JoinRequest> query = em.createQuery("""
                        FROM JoinRequest j WHERE j.classId = :class AND j.state = :state
                          AND (j.createdAt > :at OR (j.createdAt = :at AND j.id > :id))
                        ORDER BY j.createdAt, j.id""", JoinRequest.class)
                .setParameter("class", classId).setParameter("state", state);
        return page(list, after == null ? new Position(Instant.EPOCH, new UUID(0, 0)) : after, query, page);
    }

    Page<JoinRequestView> forAccount(UUID accountId, PageRequest page) {
        String list = "join-requests:account:" + accountId;
        Position after = cursors.decode(list, page.cursor(), Position.class);
        TypedQuery<JoinRequest> query = em.createQuery("""
                        FROM JoinRequest j WHERE j.accountId = :account
                          AND (j.createdAt < :at OR (j.createdAt = :at AND j.id < :id))
                        ORDER BY j.createdAt DESC, j.id DESC""", JoinRequest.class)
                .setParameter("account", accountId);
        Position first = new Position(Instant.parse("9999-12-31T00:00:00Z"), new UUID(-1L, -1L));
        return page(list, after == null ? first : after, query, page);
    }

    private Page<JoinRequestView> page(String list, Position after, TypedQuery<JoinRequest> query, PageRequest page) {
        List<JoinRequest> rows = query.setParameter("at", after.createdAt()).setParameter("id", after.id())
                .setMaxResults(page.fetchSize()).getResultList();
        return Page.of(rows, page, JoinRequestView::of, j -> cursors.encode(list, new Position(j.createdAt(), j.id())));
    }
}
