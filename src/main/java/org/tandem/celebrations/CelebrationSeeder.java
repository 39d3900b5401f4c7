package org.tandem.celebrations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.tandem.celebrations.appreciation.Appreciation;
import org.tandem.celebrations.badges.Badge;
import org.tandem.celebrations.badges.BadgeSymbol;
import org.tandem.celebrations.reactions.Reaction;
import org.tandem.goals.GoalStatus;
import org.tandem.platform.tenancy.TenantContext;

/**
 * Writes celebrations as the API would, for the demo district: the caller has checked who may do
 * what, as the demo's people would have been allowed to. Times can be set in the past so a timeline
 * reads like a school year.
 */
@ApplicationScoped
public class CelebrationSeeder {

    private final EntityManager em;
    private final TenantContext tenants;

    CelebrationSeeder(EntityManager em, TenantContext tenants) {
        this.em = em;
        this.tenants = tenants;
    }

    public boolean anyFor(UUID studentId) {
        return !em.createQuery("SELECT c.id FROM Celebration c WHERE c.studentId = :s", UUID.class)
                .setParameter("s", studentId).setMaxResults(1).getResultList().isEmpty();
    }

    public UUID badge(String name, String description, BadgeSymbol symbol) {
        Badge badge = new Badge(name, description, symbol);
        em.persist(badge);
        return badge.id();
    }

    /** A celebration of a student ({@code classId} null) or of a class, written {@code at}. */
    public UUID celebrate(UUID studentId, UUID classId, UUID author, String title, String message,
                          CelebrationCategory category, UUID badgeId, Instant at) {
        Celebration celebration = new Celebration(studentId, classId, author, null, false);
        celebration.describe(title, message, category, badgeId);
        em.persist(celebration);
        em.flush();
        backdate("celebration", celebration.id(), at);
        return celebration.id();
    }

    /** The student's achieved goal (the first one), if any, and whether it is confidential. */
    public Optional<Object[]> achievedGoalOf(UUID studentId) {
        return em.createQuery("SELECT g.id, g.confidential, g.title FROM Goal g WHERE g.studentId = :s"
                        + " AND g.status = :achieved ORDER BY g.createdAt, g.id", Object[].class)
                .setParameter("s", studentId).setParameter("achieved", GoalStatus.ACHIEVED).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The celebration of an achieved goal, linked both ways as achieving it with a celebration does. */
    public UUID celebrateGoal(UUID goalId, boolean confidential, UUID studentId, UUID author, String title,
                              String message, UUID badgeId) {
        Celebration celebration = new Celebration(studentId, null, author, goalId, confidential);
        celebration.describe(title, message, CelebrationCategory.MILESTONE, badgeId);
        em.persist(celebration);
        em.flush();
        em.createNativeQuery("UPDATE goal SET celebration_id = :c WHERE tenant_id = :t AND id = :g")
                .setParameter("c", celebration.id()).setParameter("t", tenant()).setParameter("g", goalId)
                .executeUpdate();
        em.createNativeQuery("UPDATE celebration SET created_at = g.closed_at, updated_at = g.closed_at FROM goal g"
                        + " WHERE celebration.tenant_id = :t AND celebration.id = :c AND g.tenant_id = :t AND g.id = :g")
                .setParameter("c", celebration.id()).setParameter("t", tenant()).setParameter("g", goalId)
                .executeUpdate();
        return celebration.id();
    }

    public void react(UUID celebrationId, UUID account, Reaction reaction) {
        em.createNativeQuery("INSERT INTO celebration_reaction (tenant_id, celebration_id, account_id, reaction)"
                        + " VALUES (:t, :c, :a, :r) ON CONFLICT DO NOTHING")
                .setParameter("t", tenant()).setParameter("c", celebrationId).setParameter("a", account)
                .setParameter("r", reaction.wire()).executeUpdate();
    }

    public void reply(UUID celebrationId, UUID author, String body) {
        em.createNativeQuery("INSERT INTO celebration_reply (tenant_id, id, celebration_id, author_id, body)"
                        + " VALUES (:t, :id, :c, :a, :b)")
                .setParameter("t", tenant()).setParameter("id", UUID.randomUUID()).setParameter("c", celebrationId)
                .setParameter("a", author).setParameter("b", body).executeUpdate();
    }

    public void appreciate(UUID staffId, UUID author, UUID studentId, String note) {
        em.persist(new Appreciation(staffId, author, studentId, note));
    }

    private void backdate(String table, UUID id, Instant at) {
        em.createNativeQuery("UPDATE " + table + " SET created_at = :at, updated_at = :at WHERE tenant_id = :t AND id = :id")
                .setParameter("at", at).setParameter("t", tenant()).setParameter("id", id).executeUpdate();
    }

    private String tenant() {
        return tenants.current().map(UUID::toString).orElseThrow();
    }
}
