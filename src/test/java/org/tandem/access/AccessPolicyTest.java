package org.tandem.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class AccessPolicyTest {

    @Test
    void theFixtureDistrictIsWrittenInItsOwnTenant() {
        TestDistrict d = TestDistrict.create();
        d.inTenant(em -> assertEquals(2L, em.createQuery("SELECT count(s) FROM Student s", Long.class).getSingleResult()));
        TestDistrict other = TestDistrict.create();
        other.inTenant(em -> assertEquals(null, em.find(org.tandem.directory.Student.class, d.studentA),
                "another tenant's student is invisible even by id"));
    }
}
