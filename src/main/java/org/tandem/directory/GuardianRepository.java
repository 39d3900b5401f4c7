package org.tandem.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Guardian records: the one an account has claimed, and those the roster holds that nobody has claimed yet. */
@ApplicationScoped
class GuardianRepository implements PanacheRepositoryBase<Guardian, UUID> {

    Optional<Guardian> ofAccount(UUID accountId) {
        return find("accountId", accountId).firstResultOptional();
    }

    /** Active, unclaimed records with this email (at most two: more than one is ambiguous). */
    List<Guardian> unclaimedWithEmail(String email) {
        return find("accountId IS NULL AND active = true AND lower(email) = lower(?1)", email).range(0, 1).list();
    }

    /** A new household row (for a guardian an administrator marks as living apart). */
    UUID newHousehold() {
        Household household = new Household();
        getEntityManager().persist(household);
        return household.id();
    }
}
