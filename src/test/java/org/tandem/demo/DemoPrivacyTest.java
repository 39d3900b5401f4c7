package org.tandem.demo;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.access.Roles;
import org.tandem.identity.PasswordHasher;
import org.tandem.platform.tenancy.TenantScope;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestTokens;

/** The demo district's privacy records: Sam's retention policy, the SIS's read of Leo in his disclosure log. */
@QuarkusTest
class DemoPrivacyTest {

    @Inject
    PasswordHasher hasher;
    @Inject
    EntityManager em;
    @Inject
    TenantScope tenants;
    @Inject
    Clock clock;
    @Inject
    Instance<DemoSection> sections;
    @Inject
    DemoDirectory directory;

    private <T> T inDemo(java.util.function.Supplier<T> work) {
        return tenants.inNewTransaction(DemoDistrict.ID, work::get);
    }

    @Test
    void theDemoDistrictHasAPolicyAndADisclosureLog() {
        DemoSettings enabled = new DemoSettings() {
            public boolean enabled() { return true; }
            public String password() { return "tandem-demo"; }
        };
        new DemoDistrict(enabled, hasher, em, tenants, clock, sections, directory).onStart(null);
        org.junit.jupiter.api.Assertions.assertTrue(inDemo(() -> Arc.container().instance(DemoPrivacy.class).get().present(directory)));
        String sam = TestTokens.forTenant(DemoDistrict.ID.toString(), inDemo(() -> directory.account(DemoPeople.SUPERINTENDENT).id())
                .toString(), Roles.DISTRICT_ADMIN);
        Api.validated(sam).get("/api/v1/retention/policy").then().statusCode(200).body("defaults", equalTo(false))
                .body("messagesDays", equalTo(730));
        String ana = TestTokens.forTenant(DemoDistrict.ID.toString(), inDemo(() -> directory.account(DemoPeople.GUARDIAN).id()).toString(),
                Roles.GUARDIAN);
        UUID leo = inDemo(() -> directory.student("Leo").id());
        Api.validated(ana).get("/api/v1/students/" + leo + "/disclosures").then().statusCode(200)
                .body("items[0].recipientKind", equalTo("integrator"));
    }
}
