package org.tandem.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.access.Roles;
import org.tandem.identity.PasswordHasher;
import org.tandem.platform.tenancy.TenantScope;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestTokens;

/** The demo district's celebrations: Maya's timeline with her celebrated goal, Noah's class, Ana's thanks. */
@QuarkusTest
class DemoCelebrationsTest {

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

    private String token(String email, String... roles) {
        return TestTokens.forTenant(DemoDistrict.ID.toString(), inDemo(() -> directory.account(email).id()).toString(),
                roles);
    }

    @Test
    void theDemoDistrictCelebrates() {
        DemoSettings enabled = new DemoSettings() {
            public boolean enabled() { return true; }
            public String password() { return "tandem-demo"; }
        };
        new DemoDistrict(enabled, hasher, em, tenants, clock, sections, directory).onStart(null);
        assertTrue(inDemo(() -> Arc.container().instance(DemoCelebrations.class).get().present(directory)));

        String ana = token(DemoPeople.GUARDIAN, Roles.GUARDIAN);
        UUID maya = inDemo(() -> directory.student("Maya").id());
        List<Map<String, Object>> items = Api.validated(ana).get("/api/v1/students/" + maya + "/timeline").then()
                .statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> achieved = items.stream().filter(i -> "goal_achieved".equals(i.get("kind"))).findFirst()
                .orElseThrow();
        assertTrue(achieved.get("celebrationId") != null, "Maya's achieved goal is celebrated");
        assertTrue(items.stream().anyMatch(i -> "celebration".equals(i.get("kind"))
                && achieved.get("goalId").equals(((Map<?, ?>) i.get("celebration")).get("goalId"))));

        UUID grade5 = inDemo(() -> directory.schoolClass("demo-class-5").id());
        Api.validated(ana).get("/api/v1/classes/" + grade5 + "/celebrations").then().statusCode(200)
                .body("items[0].title", equalTo("Grade 5 planted the school garden"));
        String robert = token(DemoPeople.NO_CONTACT, Roles.GUARDIAN);
        Api.responseValidated(robert).get("/api/v1/classes/" + grade5 + "/celebrations").then().statusCode(404);

        String rivera = token(DemoPeople.TEACHER, Roles.STAFF, Roles.GUARDIAN);
        List<String> notes = Api.validated(rivera).get("/api/v1/appreciations").then().statusCode(200)
                .extract().jsonPath().getList("items.note");
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("Thank you for the reading group")), notes.toString());
        List<String> badges = Api.validated(rivera).get("/api/v1/badges").then().statusCode(200)
                .extract().jsonPath().getList("items.name");
        assertEquals(List.of("Bookworm", "Helping hand", "Summit"), badges);
    }
}
