package org.tandem.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/**
 * Roster sync in the demo district: every directory record gets a stable OneRoster sourcedId
 * ({@code demo-student-maya-lopez}, links as {@code student|guardian}), as if a school system had
 * synced it, so that {@code scripts/oneroster-export.sh demo} writes the district as a OneRoster
 * package and importing that package back changes nothing. The start-up log says how to try it.
 */
@ApplicationScoped
class DemoRoster implements DemoSection {

    private static final Logger LOG = Logger.getLogger(DemoRoster.class);
    private static final String PERSON = "lower(regexp_replace(given_name || '-' || family_name, '[^A-Za-z0-9]+', '-', 'g'))";

    private final boolean enabled;
    private final org.tandem.platform.tenancy.TenantContext tenants;

    DemoRoster(DemoSettings settings, org.tandem.platform.tenancy.TenantContext tenants) {
        this.enabled = settings.enabled();
        this.tenants = tenants;
    }

    /** The district being populated (the demo district at start-up). */
    private String tenant() {
        return tenants.current().orElse(DemoDistrict.ID).toString();
    }

    @Override
    public String name() {
        return "roster sync";
    }

    @Override
    public int order() {
        return 10; // before sections that might add directory records of their own
    }

    @Override
    public boolean present(DemoDirectory demo) {
        return ((Number) demo.em().createNativeQuery("""
                SELECT (SELECT count(*) FROM student WHERE tenant_id = :t AND sourced_id IS NULL)
                     + (SELECT count(*) FROM guardianship WHERE tenant_id = :t AND sourced_id IS NULL)
                     + (SELECT count(*) FROM teaching_assignment WHERE tenant_id = :t AND sourced_id IS NULL)""")
                .setParameter("t", tenant()).getSingleResult()).longValue() == 0;
    }

    @Override
    public void populate(DemoDirectory demo) {
        EntityManager em = demo.em();
        em.flush();
        String t = tenant();
        run(em, "UPDATE school SET sourced_id = 'demo-school-' || id WHERE tenant_id = :t AND sourced_id IS NULL", t);
        run(em, "UPDATE academic_term SET sourced_id = 'demo-term-' || id WHERE tenant_id = :t AND sourced_id IS NULL", t);
        run(em, "UPDATE school_class SET sourced_id = 'demo-class-' || id WHERE tenant_id = :t AND sourced_id IS NULL", t);
        run(em, "UPDATE staff SET sourced_id = 'demo-staff-' || " + PERSON + " WHERE tenant_id = :t AND sourced_id IS NULL", t);
        run(em, "UPDATE student SET sourced_id = 'demo-student-' || " + PERSON + " WHERE tenant_id = :t AND sourced_id IS NULL", t);
        run(em, "UPDATE guardian SET sourced_id = 'demo-guardian-' || " + PERSON + " WHERE tenant_id = :t AND sourced_id IS NULL", t);
        run(em, """
                UPDATE guardianship gs SET sourced_id = s.sourced_id || '|' || g.sourced_id
                FROM student s, guardian g
                WHERE gs.tenant_id = :t AND gs.sourced_id IS NULL AND s.tenant_id = gs.tenant_id AND s.id = gs.student_id
                  AND g.tenant_id = gs.tenant_id AND g.id = gs.guardian_id""", t);
        run(em, """
                UPDATE enrollment e SET sourced_id = 'demo-enr-' || s.sourced_id || '-' || c.sourced_id
                FROM student s, school_class c
                WHERE e.tenant_id = :t AND e.sourced_id IS NULL AND s.tenant_id = e.tenant_id AND s.id = e.student_id
                  AND c.tenant_id = e.tenant_id AND c.id = e.class_id""", t);
        run(em, """
                UPDATE teaching_assignment ta SET sourced_id = 'demo-ta-' || st.sourced_id || '-' || c.sourced_id
                FROM staff st, school_class c
                WHERE ta.tenant_id = :t AND ta.sourced_id IS NULL AND st.tenant_id = ta.tenant_id AND st.id = ta.staff_id
                  AND c.tenant_id = ta.tenant_id AND c.id = ta.class_id""", t);
        em.clear();
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            LOG.infof("Roster sync: try a OneRoster import of the demo district with scripts/oneroster-export.sh demo "
                    + "/tmp/demo.zip, then POST it to /api/v1/roster/imports?dryRun=true as %s (README, Roster sync)",
                    DemoPeople.CLIENT_ID);
        }
    }

    private static void run(EntityManager em, String sql, String tenant) {
        em.createNativeQuery(sql).setParameter("t", tenant).executeUpdate();
    }
}
