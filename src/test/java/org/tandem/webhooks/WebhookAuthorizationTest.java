package org.tandem.webhooks;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.access.Scopes;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/**
 * Who may do what with webhooks (every endpoint × each role, an integrator with and without the scope,
 * another integrator of the district, another district, no token), and what an integrator's endpoint
 * receives: only what its client's scopes cover, now.
 */
@QuarkusTest
class WebhookAuthorizationTest {

    private TestDistrict d;
    private Receiver receiver;
    private Integrators.Client integrator;
    private String adminEndpoint;
    private String integratorEndpoint;
    private String integratorDelivery;

    @BeforeEach
    void setUp() {
        d = TestDistrict.create();
        receiver = new Receiver();
        integrator = Integrators.create(d.tenantId, Scopes.WEBHOOKS_MANAGE, Scopes.GOALS_EVENTS);
        adminEndpoint = Hooks.register(d.districtAdmin(), receiver.url("/admin"), "message.posted").getString("id");
        integratorEndpoint = Hooks.register(integrator.token(), receiver.url("/integrator"), "goal.agreed").getString("id");
        Hooks.publish(d.tenantId, "goal.agreed", 1);
        Hooks.await("the integrator's delivery", Duration.ofSeconds(20),
                () -> Hooks.deliveries(integrator.token(), integratorEndpoint).getList("items").size() == 1);
        integratorDelivery = Hooks.deliveries(integrator.token(), integratorEndpoint).getString("items[0].id");
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    /** Every operation on one endpoint, as (method, path, body). */
    private List<String[]> operations(String endpoint, String delivery) {
        String base = "/api/v1/webhook-endpoints/" + endpoint;
        return List.of(new String[] {"GET", base, null},
                new String[] {"PATCH", base, "{\"description\": \"x\"}"},
                new String[] {"POST", base + "/secret/rotation", "{}"},
                new String[] {"GET", base + "/deliveries", null},
                new String[] {"GET", base + "/deliveries/" + delivery, null},
                new String[] {"POST", base + "/deliveries/" + delivery + "/replay", null},
                new String[] {"DELETE", base, null});
    }

    private int call(String token, String[] op) {
        var request = token == null ? Api.responseValidated() : Api.responseValidated(token);
        request = request.header("If-Match", "*");
        if (op[2] != null) {
            request = request.contentType(op[0].equals("PATCH") ? "application/merge-patch+json" : "application/json").body(op[2]);
        }
        return request.request(op[0], op[1]).then().extract().statusCode();
    }

    @Test
    void rolesWithoutTheFunctionGet403AndNoTokenGets401() {
        String noScope = Integrators.create(d.tenantId, Scopes.GOALS_EVENTS, Scopes.ROSTER_READ).token();
        for (String token : List.of(d.guardianA(), d.teacherA(), d.schoolAdmin(), noScope)) {
            for (String[] op : operations(integratorEndpoint, integratorDelivery)) {
                assertEquals(403, call(token, op), op[0] + " " + op[1]);
            }
            Api.responseValidated(token).get("/api/v1/webhook-endpoints").then().statusCode(403);
            Api.responseValidated(token).contentType("application/json")
                    .body(Map.of("url", receiver.url("/x"), "eventTypes", List.of("goal.agreed")))
                    .post("/api/v1/webhook-endpoints").then().statusCode(403);
        }
        for (String[] op : operations(integratorEndpoint, integratorDelivery)) {
            assertEquals(401, call(null, op), op[0] + " " + op[1]);
        }
    }

    @Test
    void anIntegratorSeesOnlyItsOwnEndpointsAndAnAdministratorEveryOneOfTheDistrict() {
        Api.validated(integrator.token()).get("/api/v1/webhook-endpoints").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", is(integratorEndpoint)).body("items[0].ownerKind", is("client"));
        Api.validated(d.districtAdmin()).get("/api/v1/webhook-endpoints").then().statusCode(200).body("items", hasSize(2));
        Api.validated(d.districtAdmin()).get("/api/v1/webhook-endpoints/" + integratorEndpoint + "/deliveries/" + integratorDelivery)
                .then().statusCode(200);

        String otherIntegrator = Integrators.create(d.tenantId, Scopes.WEBHOOKS_MANAGE, Scopes.GOALS_EVENTS).token();
        TestDistrict other = TestDistrict.create();
        String otherDistrictIntegrator = Integrators.create(other.tenantId, Scopes.WEBHOOKS_MANAGE, Scopes.GOALS_EVENTS).token();
        for (String token : List.of(otherIntegrator, other.districtAdmin(), otherDistrictIntegrator)) {
            for (String[] op : operations(integratorEndpoint, integratorDelivery)) {
                assertEquals(404, call(token, op), op[0] + " " + op[1]);
            }
            Api.validated(token).get("/api/v1/webhook-endpoints").then().statusCode(200).body("items", hasSize(0));
        }
        // The administrator's endpoint is not the integrator's either.
        assertEquals(404, call(integrator.token(), new String[] {"GET", "/api/v1/webhook-endpoints/" + adminEndpoint, null}));
        // Its owner and the district's administrator may do everything, deleting last.
        for (String[] op : operations(integratorEndpoint, integratorDelivery)) {
            int status = call(op[0].equals("DELETE") ? d.districtAdmin() : integrator.token(), op);
            assertEquals(op[0].equals("DELETE") ? 204 : 200, status, op[0] + " " + op[1]);
        }
    }

    @Test
    void anIntegratorSubscribesOnlyToWhatItsScopesCoverAndLosesDeliveriesWithTheScope() {
        Api.responseValidated(integrator.token()).contentType("application/json")
                .body(Map.of("url", receiver.url("/more"), "eventTypes", List.of("goal.agreed", "message.posted")))
                .post("/api/v1/webhook-endpoints").then().statusCode(422).body("errors[0].field", is("eventTypes[1]"));
        Api.responseValidated(d.districtAdmin()).contentType("application/json")
                .body(Map.of("url", receiver.url("/more"), "eventTypes", List.of("no.such_type")))
                .post("/api/v1/webhook-endpoints").then().statusCode(422);
        Api.responseValidated(d.districtAdmin()).contentType("application/json")
                .body(Map.of("url", "ftp://example.org/hook", "eventTypes", List.of("goal.agreed")))
                .post("/api/v1/webhook-endpoints").then().statusCode(422).body("errors[0].field", is("url"));

        // The client loses events.goals: its endpoint gets no more goal events.
        Integrators.grant(integrator, Scopes.WEBHOOKS_MANAGE);
        Hooks.publish(d.tenantId, "goal.agreed", 1);
        Hooks.publish(d.tenantId, "message.posted", 1);
        Hooks.await("the administrator's endpoint gets the message", Duration.ofSeconds(20),
                () -> receiver.at("/admin").size() == 1);
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(1, receiver.at("/integrator").size(), "only the delivery from before the scope was taken away");
        Api.validated(integrator.token()).get("/api/v1/webhook-endpoints/" + integratorEndpoint + "/deliveries")
                .then().body("items", hasSize(1));
    }

    @Test
    void changesNeedIfMatchAndAStaleOneIs412() {
        String path = "/api/v1/webhook-endpoints/" + adminEndpoint;
        Api.responseValidated(d.districtAdmin()).contentType("application/merge-patch+json").body("{\"status\": \"paused\"}")
                .patch(path).then().statusCode(428);
        Api.responseValidated(d.districtAdmin()).contentType("application/merge-patch+json").header("If-Match", "\"99\"")
                .body("{\"status\": \"paused\"}").patch(path).then().statusCode(412);
        String etag = Api.validated(d.districtAdmin()).get(path).then().extract().header("ETag");
        Api.validated(d.districtAdmin()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"status\": \"paused\", \"eventTypes\": [\"message.posted\", \"goal.agreed\"]}").patch(path)
                .then().statusCode(200).body("status", is("paused")).body("eventTypes", hasSize(2));
        Api.responseValidated(d.districtAdmin()).contentType("application/merge-patch+json").header("If-Match", "*")
                .body("{\"url\": null}").patch(path).then().statusCode(422);
        UUID unknown = UUID.randomUUID();
        Api.responseValidated(d.districtAdmin()).get("/api/v1/webhook-endpoints/" + unknown).then().statusCode(404);
    }
}
