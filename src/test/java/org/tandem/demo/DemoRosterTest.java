package org.tandem.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.TestDistrict;

/** The roster-sync demo section gives every directory record a stable sourcedId, once. */
@QuarkusTest
class DemoRosterTest {

    @Test
    void everyDirectoryRecordGetsAStableSourcedId() {
        TestDistrict d = TestDistrict.create();
        DemoRoster section = Arc.container().instance(DemoRoster.class).get();
        d.inTenant(em -> {
            DemoDirectory demo = new DemoDirectory(em, Arc.container().instance(Clock.class).get());
            assertFalse(section.present(demo));
            section.populate(demo);
            assertTrue(section.present(demo));
        });
        String t = d.tenantId.toString();
        assertEquals("demo-student-sam-alpha", d.inTenantReturning(em -> em.createNativeQuery(
                "SELECT sourced_id FROM student WHERE tenant_id = :t AND given_name = 'Sam'").setParameter("t", t).getSingleResult()));
        assertEquals("demo-student-sam-alpha|demo-guardian-alex-alpha", d.inTenantReturning(em -> em.createNativeQuery(
                "SELECT sourced_id FROM guardianship WHERE tenant_id = :t AND id = :id").setParameter("t", t)
                .setParameter("id", d.guardianshipA).getSingleResult()));
        long missing = d.inTenantReturning(em -> ((Number) em.createNativeQuery("""
                SELECT (SELECT count(*) FROM enrollment WHERE tenant_id = :t AND sourced_id IS NULL)
                     + (SELECT count(*) FROM staff WHERE tenant_id = :t AND sourced_id IS NULL)""")
                .setParameter("t", t).getSingleResult()).longValue());
        assertEquals(0L, missing);
    }
}
