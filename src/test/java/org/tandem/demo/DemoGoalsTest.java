package org.tandem.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
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
import io.quarkus.test.junit.QuarkusTest;

/** The demo district's goals section populates, in every state, with the confidential goal kept to its audience. */
@QuarkusTest
class DemoGoalsTest {

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

    private UUID account(String email) {
        return tenants.inNewTransaction(DemoDistrict.ID, () -> directory.account(email).id());
    }

    private String token(String email, String... roles) {
        return TestTokens.forTenant(DemoDistrict.ID.toString(), account(email).toString(), roles);
    }

    @Test
    void theDemoDistrictHasGoalsInEveryStateForItsFamilies() {
        DemoSettings enabled = new DemoSettings() {
            public boolean enabled() { return true; }
            public String password() { return "tandem-demo"; }
        };
        new DemoDistrict(enabled, hasher, em, tenants, clock, sections, directory).onStart(null);
        assertTrue(tenants.inNewTransaction(DemoDistrict.ID,
                () -> Arc.container().instance(DemoGoals.class).get().present(directory)));

        String ana = token(DemoPeople.GUARDIAN, Roles.GUARDIAN);
        List<Map<String, Object>> anas = Api.validated(ana).get("/api/v1/goals?limit=100").then().statusCode(200)
                .extract().jsonPath().getList("items");
        List<Object> statuses = anas.stream().map(g -> g.get("status")).toList();
        assertTrue(statuses.containsAll(List.of("proposed", "active", "achieved")), statuses.toString());
        Map<String, Object> reading = anas.stream().filter(g -> "Read more fluently".equals(g.get("title"))).findFirst()
                .orElseThrow();
        Map<String, Object> iep = anas.stream().filter(g -> Boolean.TRUE.equals(g.get("confidential"))).findFirst()
                .orElseThrow();
        Api.validated(ana).get("/api/v1/goals/" + reading.get("id") + "/progress").then().statusCode(200)
                .body("series", hasSize(12)).body("outlook", equalTo("on_track"));

        String chen = token(DemoPeople.SECOND_TEACHER, Roles.STAFF);
        Api.validated(chen).get("/api/v1/goals/" + iep.get("id")).then().statusCode(200);
        List<String> chens = Api.validated(chen).get("/api/v1/goals").then().extract().jsonPath().getList("items.title");
        assertTrue(chens.contains("Be on time every morning"), "Ana's proposal awaits Leo's teacher");
        String rivera = token(DemoPeople.TEACHER, Roles.STAFF, Roles.GUARDIAN);
        Api.responseValidated(rivera).get("/api/v1/goals/" + iep.get("id")).then().statusCode(404);
        List<String> withdrawn = Api.validated(rivera).get("/api/v1/goals?status=withdrawn").then().statusCode(200)
                .extract().jsonPath().getList("items.title");
        assertTrue(withdrawn.contains("Hand in homework on Fridays"), "the proposal Ms. Rivera withdrew: " + withdrawn);
        String robert = token(DemoPeople.NO_CONTACT, Roles.GUARDIAN);
        Api.validated(robert).get("/api/v1/goals").then().statusCode(200).body("items", hasSize(0));
        String emma = token(DemoPeople.NOAH_MOTHER, Roles.GUARDIAN);
        Api.validated(emma).get("/api/v1/goals").then().body("items.status", hasItems("discontinued"));

        long before = tenants.inNewTransaction(DemoDistrict.ID, () -> (Long) em.createQuery(
                "SELECT count(g) FROM Goal g").getSingleResult());
        new DemoDistrict(enabled, hasher, em, tenants, clock, sections, directory).onStart(null);
        assertEquals(before, (long) tenants.inNewTransaction(DemoDistrict.ID, () -> (Long) em.createQuery(
                "SELECT count(g) FROM Goal g").getSingleResult()), "a second start adds nothing");
        assertFalse(chens.isEmpty());
    }
}
