package org.tandem.celebrations;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;

/** Celebrations for writing; reads go through {@link CelebrationReads}. */
@ApplicationScoped
public class CelebrationRepository implements PanacheRepositoryBase<Celebration, UUID> {

    private final Sql sql;

    CelebrationRepository(Sql sql) {
        this.sql = sql;
    }

    /** The celebration with its row locked until commit (edits, withdrawal, reactions wait on it). */
    public Optional<Celebration> lock(UUID id) {
        return id == null ? Optional.empty()
                : Optional.ofNullable(getEntityManager().find(Celebration.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Links an achieved goal back to its celebration. Native SQL, so it names the tenant itself. */
    void linkGoal(UUID goalId, UUID celebrationId) {
        getEntityManager().createNativeQuery(
                        "UPDATE goal SET celebration_id = :celebration WHERE tenant_id = :tenant AND id = :goal")
                .setParameter("celebration", celebrationId).setParameter("tenant", sql.tenant())
                .setParameter("goal", goalId).executeUpdate();
    }
}
