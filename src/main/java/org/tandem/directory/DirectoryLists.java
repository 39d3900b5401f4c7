package org.tandem.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.tandem.access.AccessPolicy;
import org.tandem.directory.Keyset.SortKey;
import org.tandem.platform.paging.CursorCodec;

/** Starts the keyset lists of directory records, within the schools the caller administers. */
@ApplicationScoped
class DirectoryLists {

    private final EntityManager em;
    private final CursorCodec cursors;
    private final AccessPolicy access;

    DirectoryLists(EntityManager em, CursorCodec cursors, AccessPolicy access) {
        this.em = em;
        this.cursors = cursors;
        this.access = access;
    }

    @SafeVarargs
    final <E extends org.tandem.platform.persistence.TenantOwned> Keyset<E> of(Class<E> type, String name,
                                                                                  SortKey<E>... order) {
        return new Keyset<>(em, cursors, access.readableSchools(), type, name, List.of(order));
    }
}
