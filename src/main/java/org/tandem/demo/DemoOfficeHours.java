package org.tandem.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Office hours of the demo teachers, so that a family's contacts (`GET /me/school-contacts`) show when
 * their child's teachers are available: David Chen (Grade 5) and Maria Rivera (Grade 3, Art).
 */
@ApplicationScoped
class DemoOfficeHours implements DemoSection {

    private record Hours(String email, String weekly) {
    }

    private static final List<Hours> HOURS = List.of(
            new Hours(DemoPeople.SECOND_TEACHER, """
                    [{"day": "monday", "start": "15:00", "end": "16:30"},
                     {"day": "wednesday", "start": "07:45", "end": "08:15"},
                     {"day": "thursday", "start": "15:00", "end": "16:30"}]"""),
            new Hours(DemoPeople.TEACHER, """
                    [{"day": "tuesday", "start": "15:15", "end": "16:15"},
                     {"day": "friday", "start": "12:00", "end": "12:45"}]"""));

    @Override
    public String name() {
        return "office hours";
    }

    @Override
    public boolean present(DemoDirectory demo) {
        return ((Number) demo.em().createNativeQuery(
                        "SELECT count(*) FROM office_hours WHERE tenant_id = :tenant AND account_id = :account")
                .setParameter("tenant", demo.districtId().toString())
                .setParameter("account", demo.account(DemoPeople.SECOND_TEACHER).id())
                .getSingleResult()).longValue() > 0;
    }

    @Override
    public void populate(DemoDirectory demo) {
        for (Hours hours : HOURS) {
            demo.em().createNativeQuery("""
                            INSERT INTO office_hours (account_id, tenant_id, time_zone, weekly, version)
                            VALUES (:account, :tenant, 'America/Chicago', CAST(:weekly AS jsonb), 0)
                            ON CONFLICT DO NOTHING""")
                    .setParameter("account", demo.account(hours.email()).id())
                    .setParameter("tenant", demo.districtId().toString())
                    .setParameter("weekly", hours.weekly().replaceAll("\\s+", " "))
                    .executeUpdate();
        }
    }
}
