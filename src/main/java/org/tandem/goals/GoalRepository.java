package org.tandem.goals;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;

/** Goals and the records that hang on them: milestones, assigned staff, transitions and revisions. */
@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<Goal, UUID> {

    private final Sql sql;

    GoalRepository(Sql sql) {
        this.sql = sql;
    }

    /**
     * The goal with its row locked until commit: every change of a goal (and every check-in on it)
     * takes this lock first, so a concurrent change either finished before (and the version moved)
     * or waits for this one.
     */
    public Optional<Goal> lock(UUID goalId) {
        return goalId == null ? Optional.empty()
                : Optional.ofNullable(getEntityManager().find(Goal.class, goalId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Replaces the staff assigned to the goal. Native SQL, so it names the tenant itself. */
    void assignStaff(UUID goalId, Collection<UUID> staffIds) {
        String tenant = sql.tenant();
        getEntityManager().createNativeQuery("DELETE FROM goal_staff WHERE tenant_id = :tenant AND goal_id = :goal")
                .setParameter("tenant", tenant).setParameter("goal", goalId).executeUpdate();
        for (UUID staffId : staffIds) {
            getEntityManager().createNativeQuery(
                            "INSERT INTO goal_staff (tenant_id, goal_id, staff_id) VALUES (:tenant, :goal, :staff)")
                    .setParameter("tenant", tenant).setParameter("goal", goalId).setParameter("staff", staffId)
                    .executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    List<UUID> assignedStaff(UUID goalId) {
        return getEntityManager().createNativeQuery(
                        "SELECT staff_id FROM goal_staff WHERE tenant_id = :tenant AND goal_id = :goal ORDER BY staff_id",
                        UUID.class)
                .setParameter("tenant", sql.tenant()).setParameter("goal", goalId).getResultList();
    }

    void addMilestone(GoalMilestone milestone) {
        getEntityManager().persist(milestone);
    }

    public List<GoalMilestone> milestones(UUID goalId) {
        return getEntityManager().createQuery("FROM GoalMilestone m WHERE m.goalId = :goal ORDER BY m.position",
                GoalMilestone.class).setParameter("goal", goalId).getResultList();
    }

    void record(GoalTransition transition) {
        getEntityManager().persist(transition);
    }

    List<GoalTransition> history(UUID goalId) {
        return getEntityManager().createQuery("FROM GoalTransition t WHERE t.goalId = :goal ORDER BY t.createdAt, t.id",
                GoalTransition.class).setParameter("goal", goalId).getResultList();
    }

    void propose(GoalRevision revision) {
        getEntityManager().persist(revision);
    }

    Optional<GoalRevision> pendingRevision(UUID goalId) {
        return getEntityManager().createQuery("FROM GoalRevision r WHERE r.goalId = :goal AND r.status = :pending",
                        GoalRevision.class).setParameter("goal", goalId).setParameter("pending", RevisionStatus.PENDING)
                .getResultStream().findFirst();
    }

    Optional<GoalRevision> revision(UUID goalId, UUID revisionId) {
        return revisionId == null ? Optional.empty() : getEntityManager().createQuery(
                        "FROM GoalRevision r WHERE r.goalId = :goal AND r.id = :id", GoalRevision.class)
                .setParameter("goal", goalId).setParameter("id", revisionId).getResultStream().findFirst();
    }
}
