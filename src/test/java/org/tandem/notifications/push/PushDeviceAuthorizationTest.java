package org.tandem.notifications.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.access.Roles;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.TestTokens;

/**
 * Every push-device endpoint × each role × own / another person's / another tenant's device. A person
 * only ever sees and manages their own devices: anyone else's is a 404, whatever their role (an
 * administrator included); an integrator has no devices (403); no token is a 401.
 */
@QuarkusTest
class PushDeviceAuthorizationTest {

    private TestDistrict d;
    private TestDistrict other;

    @BeforeEach
    void districts() {
        d = TestDistrict.create();
        other = TestDistrict.create();
    }

    record Case(String who, String token) {
    }

    @Test
    void everyoneManagesOnlyTheirOwnDevices() {
        List<Case> people = List.of(
                new Case("guardian A", d.guardianA()),
                new Case("guardian B (other family)", d.guardianB()),
                new Case("no-contact guardian", d.noContactGuardian()),
                new Case("teacher A", d.teacherA()),
                new Case("teacher B", d.teacherB()),
                new Case("school admin", d.schoolAdmin()),
                new Case("district admin", d.districtAdmin()),
                new Case("other tenant's guardian", other.guardianA()),
                new Case("other tenant's district admin", other.districtAdmin()));
        String guardianAsDevice = id(register(d.guardianA(), PushFixtures.web(PushFixtures.anEndpoint())), 201);
        String teacherAsDevice = id(register(d.teacherA(), PushFixtures.fcm(PushFixtures.fcmToken())), 201);
        List<String> failures = new ArrayList<>();
        for (Case c : people) {
            String own = id(register(c.token(), PushFixtures.apns(PushFixtures.apnsToken())), 201);
            check(failures, c.who() + " / get own", get(c.token(), own), 200);
            List<String> listed = Api.validated(c.token()).get("/api/v1/me/push-devices").then().statusCode(200)
                    .extract().jsonPath().getList("items.id");
            if (!listed.contains(own) || (listed.contains(guardianAsDevice) != c.who().equals("guardian A"))
                    || (listed.contains(teacherAsDevice) != c.who().equals("teacher A"))) {
                failures.add(c.who() + " / list shows " + listed);
            }
            for (String theirs : List.of(guardianAsDevice, teacherAsDevice)) {
                boolean mine = (theirs.equals(guardianAsDevice) && c.who().equals("guardian A"))
                        || (theirs.equals(teacherAsDevice) && c.who().equals("teacher A"));
                check(failures, c.who() + " / get " + theirs, get(c.token(), theirs), mine ? 200 : 404);
                if (!mine) {
                    check(failures, c.who() + " / delete " + theirs, Api.responseValidated(c.token())
                            .delete("/api/v1/me/push-devices/" + theirs).statusCode(), 404);
                }
            }
            check(failures, c.who() + " / delete own", Api.validated(c.token())
                    .delete("/api/v1/me/push-devices/" + own).statusCode(), 204);
            check(failures, c.who() + " / get own after delete", get(c.token(), own), 404);
        }
        // The devices nobody else could delete are still there.
        check(failures, "guardian A's device survived", get(d.guardianA(), guardianAsDevice), 200);
        check(failures, "teacher A's device survived", get(d.teacherA(), teacherAsDevice), 200);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void integratorsAndAnonymousCallersHaveNoDevices() {
        String integrator = TestTokens.forTenant(d.tenantId.toString(), TestTokens.randomSubject(), Roles.INTEGRATOR);
        assertEquals(403, register(integrator, PushFixtures.fcm(PushFixtures.fcmToken())).statusCode());
        assertEquals(403, Api.responseValidated(integrator).get("/api/v1/me/push-devices").statusCode());
        assertEquals(401, Api.responseValidated().get("/api/v1/me/push-devices").statusCode());
        assertEquals(401, Api.responseValidated().contentType("application/json")
                .body(PushFixtures.fcm(PushFixtures.fcmToken())).post("/api/v1/me/push-devices").statusCode());
        // The VAPID public key is public: a web app reads it before anyone signs in.
        String key = Api.validated().get("/api/v1/push/web-push-key").then().statusCode(200)
                .extract().path("publicKey");
        assertEquals(65, java.util.Base64.getUrlDecoder().decode(key).length);
    }

    static Response register(String token, Map<String, Object> body) {
        return Api.responseValidated(token).contentType("application/json").body(body).post("/api/v1/me/push-devices");
    }

    private static String id(Response response, int status) {
        assertEquals(status, response.statusCode(), response.asString());
        return response.path("id");
    }

    private static int get(String token, String id) {
        return Api.responseValidated(token).get("/api/v1/me/push-devices/" + id).statusCode();
    }

    private static void check(List<String> failures, String what, int actual, int expected) {
        if (actual != expected) {
            failures.add(what + ": " + actual + " instead of " + expected);
        }
    }
}
