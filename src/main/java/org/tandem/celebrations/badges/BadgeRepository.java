package org.tandem.celebrations.badges;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/** The district's badge catalog. */
@ApplicationScoped
public class BadgeRepository implements PanacheRepositoryBase<Badge, UUID> {

    /** Every badge, by name; active ones only unless {@code all}. */
    List<Badge> catalog(boolean all) {
        return getEntityManager().createQuery("FROM Badge b" + (all ? "" : " WHERE b.active = true")
                + " ORDER BY lower(b.name), b.id", Badge.class).getResultList();
    }

    boolean nameTaken(String name, UUID except) {
        var query = getEntityManager().createQuery("SELECT b.id FROM Badge b WHERE lower(b.name) = lower(:name)"
                + (except == null ? "" : " AND b.id <> :except"), UUID.class).setParameter("name", name);
        if (except != null) {
            query.setParameter("except", except);
        }
        return !query.getResultList().isEmpty();
    }

    /**
     * The badge a celebration may carry: null for none; a 422 for a badge that is not in the catalog
     * or is retired ({@code badge_retired}).
     */
    public UUID usable(UUID badgeId, String field) {
        if (badgeId == null) {
            return null;
        }
        Badge badge = findById(badgeId);
        if (badge == null) {
            throw ApiException.validation(List.of(new Problem.FieldError(field, "is not a badge of the catalog")));
        }
        if (!badge.active()) {
            throw ApiException.unprocessable("badge_retired", "The badge \"" + badge.name() + "\" is retired");
        }
        return badgeId;
    }
}
