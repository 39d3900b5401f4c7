package org.tandem.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.tandem.privacy.PrivacySeeder;

/**
 * The demo district's privacy records: the retention policy Sam (district admin) set, Ana's access
 * request for Maya's records (queued: the export job builds it within seconds of start-up, and Ana can
 * download it), and the demo SIS's read of Leo's directory record in his disclosure log.
 */
@ApplicationScoped
class DemoPrivacy implements DemoSection {

    private final PrivacySeeder seeder;
    private final EntityManager em;

    DemoPrivacy(PrivacySeeder seeder, EntityManager em) {
        this.seeder = seeder;
        this.em = em;
    }

    @Override
    public String name() {
        return "privacy";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public boolean present(DemoDirectory demo) {
        return seeder.hasPolicy();
    }

    @Override
    public void populate(DemoDirectory demo) {
        Instant now = demo.clock().instant();
        UUID sam = demo.account(DemoPeople.SUPERINTENDENT).id();
        UUID ana = demo.account(DemoPeople.GUARDIAN).id();
        seeder.retentionPolicy(730, 1095, 730, 90, 1095, 30, sam, now.minus(30, ChronoUnit.DAYS));
        // Ana holds educational rights for Maya and may see her goals, confidential ones included.
        seeder.queuedExport(demo.student("Maya").id(), ana, false, "Parent's access request", true, true, now);
        UUID client = (UUID) em.createQuery("SELECT c.id FROM ApiClient c WHERE c.clientId = :id")
                .setParameter("id", DemoPeople.CLIENT_ID).getSingleResult();
        seeder.disclosure(demo.student("Leo").id(), "integrator", client, "Directory record (directory.student.read)",
                "Integration granted the directory.read scope by the district", now.minus(3, ChronoUnit.DAYS));
    }
}
