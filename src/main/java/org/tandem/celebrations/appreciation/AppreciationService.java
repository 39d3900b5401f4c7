package org.tandem.celebrations.appreciation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** Giving appreciation, a teacher's list of theirs (newest first), and a school's counts per member of staff. */
@ApplicationScoped
@Transactional
public class AppreciationService implements PanacheRepositoryBase<Appreciation, UUID> {

    record Position(Instant at, UUID id) {
    }

    private final AppreciationPolicy policy;
    private final CursorCodec cursors;

    private final org.tandem.celebrations.CelebrationEvents domainEvents;

    AppreciationService(AppreciationPolicy policy, CursorCodec cursors,
                        org.tandem.celebrations.CelebrationEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.policy = policy;
        this.cursors = cursors;
    }

    Appreciations.View give(Appreciations.NewAppreciation input) {
        policy.requireMayThank(input.staffId(), input.studentId());
        Appreciation appreciation = new Appreciation(input.staffId(), policy.me(), input.studentId(),
                input.note().strip());
        persist(appreciation);
        flush();
        domainEvents.appreciated(appreciation.id(), input.staffId(), input.studentId(), policy.me());
        String name = em().createQuery("SELECT a.displayName FROM Account a WHERE a.id = :id", String.class)
                .setParameter("id", policy.me()).getSingleResult();
        return view(new Object[] {appreciation, name});
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<Appreciations.View> received(PageRequest page) {
        Set<UUID> staff = policy.myStaffRecords();
        if (staff.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        String list = "appreciations:" + policy.me();
        Position before = cursors.decode(list, page.cursor(), Position.class);
        var query = em().createQuery("SELECT p, a.displayName FROM Appreciation p, Account a WHERE a.id = p.authorId"
                        + " AND p.staffId IN :staff"
                        + (before == null ? "" : " AND (p.createdAt < :at OR (p.createdAt = :at AND p.id < :id))")
                        + " ORDER BY p.createdAt DESC, p.id DESC", Object[].class)
                .setParameter("staff", staff).setMaxResults(page.fetchSize());
        if (before != null) {
            query.setParameter("at", before.at()).setParameter("id", before.id());
        }
        return Page.of(query.getResultList(), page, AppreciationService::view, row -> cursors.encode(list,
                new Position(((Appreciation) row[0]).createdAt(), ((Appreciation) row[0]).id())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Appreciations.Counts counts(UUID schoolId) {
        policy.requireCountsOf(schoolId);
        return new Appreciations.Counts(em().createQuery("""
                        SELECT st.id, st.givenName, st.familyName,
                               (SELECT count(p) FROM Appreciation p WHERE p.staffId = st.id)
                        FROM Staff st WHERE st.schoolId = :school AND st.active = true
                        ORDER BY st.familyName, st.givenName, st.id""", Object[].class)
                .setParameter("school", schoolId).getResultStream()
                .map(r -> new Appreciations.Count((UUID) r[0], (String) r[1], (String) r[2], (Long) r[3])).toList());
    }

    private EntityManager em() {
        return getEntityManager();
    }

    private static Appreciations.View view(Object[] row) {
        Appreciation p = (Appreciation) row[0];
        return new Appreciations.View(p.id(), p.staffId(), p.authorId(), (String) row[1], p.studentId(), p.note(),
                p.createdAt());
    }
}
