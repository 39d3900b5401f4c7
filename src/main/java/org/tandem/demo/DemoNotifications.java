package org.tandem.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.platform.outbox.DomainEventType;
import org.tandem.platform.outbox.DomainEvents;

/**
 * Notifications in the demo: Ana's settings (quiet hours 21:00–07:00 in her time zone, goals'
 * check-ins not pushed) and the domain events of demo data made before notifications existed — the
 * celebrations of Maya and Leo, Maya's achieved goal, the school's next event — appended to the
 * outbox as their features would have. The notifications consumer turns them into Ana's in-app feed
 * (and Emma's, and the teachers') within a second of start-up, and their mails into the log when no
 * SMTP server is configured: the real pipeline, not rows written for show.
 */
@ApplicationScoped
class DemoNotifications implements DemoSection {

    private final EntityManager em;
    private final DomainEvents events;

    DemoNotifications(EntityManager em, DomainEvents events) {
        this.em = em;
        this.events = events;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public boolean present(DemoDirectory demo) {
        return !em.createNativeQuery("SELECT 1 FROM notification_setting WHERE tenant_id = :t AND account_id = :ana")
                .setParameter("t", DemoDistrict.ID.toString()).setParameter("ana", demo.account(DemoPeople.GUARDIAN).id())
                .getResultList().isEmpty();
    }

    @Override
    public void populate(DemoDirectory demo) {
        UUID ana = demo.account(DemoPeople.GUARDIAN).id();
        String tenant = DemoDistrict.ID.toString();
        em.createNativeQuery("""
                        INSERT INTO notification_setting (tenant_id, account_id, time_zone, quiet_start, quiet_end, digest)
                        VALUES (:t, :ana, 'America/Chicago', TIME '21:00', TIME '07:00', 'off')""")
                .setParameter("t", tenant).setParameter("ana", ana).executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO notification_preference (tenant_id, account_id, kind, channel, enabled)
                        VALUES (:t, :ana, 'goal.checked_in', 'push', false)""")
                .setParameter("t", tenant).setParameter("ana", ana).executeUpdate();

        UUID maya = demo.student("Maya").id();
        UUID leo = demo.student("Leo").id();
        for (Object[] c : rows("SELECT id, student_id, author_id, goal_id, confidential FROM celebration WHERE tenant_id = :t"
                + " AND student_id IN (:maya, :leo) AND withdrawn_at IS NULL ORDER BY created_at DESC LIMIT 3", tenant, maya, leo)) {
            Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("celebrationId", c[0].toString());
            data.put("studentId", c[1].toString());
            if (c[3] != null) {
                data.put("goalId", c[3].toString());
            }
            data.put("confidential", c[4]);
            events.publish(DomainEventType.CELEBRATION_POSTED, (UUID) c[0], (UUID) c[2], data);
        }
        for (Object[] g : rows("SELECT id, student_id, confidential, proposed_by FROM goal WHERE tenant_id = :t"
                + " AND student_id IN (:maya, :leo) AND status = 'achieved' LIMIT 1", tenant, maya, leo)) {
            events.publish(DomainEventType.GOAL_ACHIEVED, (UUID) g[0], (UUID) g[3], Map.of("goalId", g[0].toString(),
                    "studentId", g[1].toString(), "side", "school", "confidential", g[2], "status", "achieved"));
        }
        for (Object[] e : rows("SELECT id, school_id, audience, created_by, starts_at, ends_at FROM event WHERE tenant_id = :t"
                + " AND audience = 'school' AND cancelled_at IS NULL AND starts_at > now() AND :maya = :maya AND :leo = :leo"
                + " ORDER BY starts_at LIMIT 1", tenant, maya, leo)) {
            events.publish(DomainEventType.EVENT_CREATED, (UUID) e[0], (UUID) e[3], Map.of("eventId", e[0].toString(),
                    "schoolId", e[1].toString(), "audience", e[2], "startsAt", e[4].toString(), "endsAt", e[5].toString()));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String tenant, UUID maya, UUID leo) {
        return em.createNativeQuery(sql).setParameter("t", tenant).setParameter("maya", maya).setParameter("leo", leo)
                .getResultList();
    }
}
