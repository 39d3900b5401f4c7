package org.tandem.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.access.Roles;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.TestTokens;

/**
 * Every notifications endpoint × each role × own / another person's × another tenant. A person's feed,
 * deliveries and settings are their own: another's notification is a 404, never a 403 that would
 * confirm it exists; an integrator (no person) is a 403; no token is a 401.
 */
@QuarkusTest
class NotificationAuthorizationTest {

    @Test
    void everyoneReadsAndChangesOnlyTheirOwn() {
        TestDistrict d = TestDistrict.create();
        TestDistrict other = TestDistrict.create();
        Notifications.announce(d.teacherA(), d.classA, "Field trip", "Friday");
        Notifications.runWorkers();
        String mine = Api.validated(d.guardianA()).get("/api/v1/me/notifications").path("items[0].id");
        String integrator = TestTokens.forTenant(d.tenantId.toString(), "demo-sis", Roles.INTEGRATOR);

        record Case(String who, String token, int own, int others) {
        }
        List<Case> cases = List.of(
                new Case("guardian A (the recipient)", d.guardianA(), 200, 404),
                new Case("guardian B", d.guardianB(), 200, 404),
                new Case("no-contact guardian", d.noContactGuardian(), 200, 404),
                new Case("teacher A (the author)", d.teacherA(), 200, 404),
                new Case("teacher B", d.teacherB(), 200, 404),
                new Case("school admin", d.schoolAdmin(), 200, 404),
                new Case("district admin", d.districtAdmin(), 200, 404),
                new Case("other tenant's guardian", other.guardianA(), 200, 404),
                new Case("other tenant's district admin", other.districtAdmin(), 200, 404),
                new Case("integrator", integrator, 403, 403));
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            boolean recipient = c.who().startsWith("guardian A");
            int read = recipient ? 200 : c.others();
            expect(failures, c.who() + " list", c.own(), Api.responseValidated(c.token()).get("/api/v1/me/notifications").statusCode());
            expect(failures, c.who() + " count", c.own(),
                    Api.responseValidated(c.token()).get("/api/v1/me/notifications/unread-count").statusCode());
            expect(failures, c.who() + " deliveries", c.own(),
                    Api.responseValidated(c.token()).get("/api/v1/me/notification-deliveries").statusCode());
            expect(failures, c.who() + " settings", c.own(),
                    Api.responseValidated(c.token()).get("/api/v1/me/notification-settings").statusCode());
            expect(failures, c.who() + " change settings", c.own(), Api.responseValidated(c.token()).contentType("application/json")
                    .body(Map.of("timeZone", "UTC", "digest", "off")).put("/api/v1/me/notification-settings").statusCode());
            if (!recipient) {
                expect(failures, c.who() + " mark all read", c.own(),
                        Api.responseValidated(c.token()).post("/api/v1/me/notifications/read").statusCode());
                expect(failures, c.who() + " get guardian A's", read,
                        Api.responseValidated(c.token()).get("/api/v1/me/notifications/" + mine).statusCode());
                expect(failures, c.who() + " mark guardian A's read", read,
                        Api.responseValidated(c.token()).post("/api/v1/me/notifications/" + mine + "/read").statusCode());
            }
        }
        expect(failures, "guardian A's own", 200, Api.responseValidated(d.guardianA()).get("/api/v1/me/notifications/" + mine).statusCode());
        expect(failures, "no token", 401, Api.responseValidated().get("/api/v1/me/notifications").statusCode());
        expect(failures, "no token settings", 401, Api.responseValidated().get("/api/v1/me/notification-settings").statusCode());
        assertEquals(List.of(), failures);
        // Nobody else's marking touched guardian A's notification.
        Api.validated(d.guardianA()).get("/api/v1/me/notifications/" + mine).then().body("readAt", org.hamcrest.Matchers.nullValue());
        Api.validated(d.guardianA()).post("/api/v1/me/notifications/read").then().statusCode(200).body("marked", org.hamcrest.Matchers.equalTo(1));
    }

    private static void expect(List<String> failures, String what, int expected, int actual) {
        if (expected != actual) {
            failures.add(what + ": expected " + expected + ", got " + actual);
        }
    }
}
