package org.tandem.notifications;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.notifications.delivery.DeliveryWorker;
import org.tandem.notifications.digest.Digests;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestClock;
import org.tandem.testsupport.TestDistrict;

/** Preferences per kind and channel, quiet hours, digests, and the reach of an announcement. */
@QuarkusTest
class NotificationChoicesTest {

    @Inject
    TestClock clock;

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        Notifications.runWorkers();
    }

    @AfterEach
    void release() {
        clock.release();
    }

    private void settings(String token, Map<String, Object> body) {
        Api.validated(token).contentType("application/json").body(body).put("/api/v1/me/notification-settings")
                .then().statusCode(200);
    }

    private static String hhmm(Instant at) {
        var t = at.atOffset(ZoneOffset.UTC).toLocalTime();
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    @Test
    void quietHoursHoldPushAndMailUntilTheyEndButNotAnUrgentStaffMessage() {
        Instant now = Instant.now();
        settings(d.guardianA(), Map.of("timeZone", "UTC", "digest", "off",
                "quietHours", Map.of("start", hhmm(now.minus(Duration.ofHours(1))), "end", hhmm(now.plus(Duration.ofHours(1))))));
        String thread = Notifications.announce(d.teacherA(), d.classA, "Field trip", "Friday");
        Notifications.runWorkers();
        // No device to push to: push is skipped at once, and the mail is what waits for the quiet hours to end.
        assertEquals(Map.of("push", "skipped", "email", "held"),
                Notifications.ledger(d.tenantId, d.guardianAAccount, "announcement.posted"));

        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("body", "The bus leaves at 8, not 9", "urgent", true))
                .post("/api/v1/threads/" + thread + "/messages").then().statusCode(201);
        Notifications.runWorkers();
        List<Map<String, Object>> states = Api.validated(d.guardianA()).get("/api/v1/me/notification-deliveries")
                .then().statusCode(200).extract().path("items");
        long urgentMailed = states.stream().filter(s -> "email".equals(s.get("channel")) && "sent".equals(s.get("state"))
                && ((String) s.get("title")).startsWith("Urgent: ")).count();
        assertEquals(1, urgentMailed, "the urgent message went out at once: " + states);

        clock.pin(now.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(2)));
        CDI.current().select(DeliveryWorker.class).get().sendDue();
        List<Map<String, Object>> after = Api.validated(d.guardianA()).get("/api/v1/me/notification-deliveries")
                .then().extract().path("items");
        assertEquals(2, after.stream().filter(s -> "email".equals(s.get("channel")) && "sent".equals(s.get("state"))).count(),
                "what was held went out when the quiet hours ended: " + after);
    }

    @Test
    void aPersonTurnsChannelsOffPerKind() {
        settings(d.guardianA(), Map.of("timeZone", "America/Chicago", "digest", "off",
                "kinds", List.of(Map.of("kind", "announcement.posted", "push", false, "email", true))));
        Api.validated(d.guardianA()).get("/api/v1/me/notification-settings").then().statusCode(200)
                .body("timeZone", equalTo("America/Chicago")).body("quietHours", equalTo(null))
                .body("kinds.find { it.kind == 'announcement.posted' }.push", equalTo(false))
                .body("kinds.find { it.kind == 'message.posted' }.push", equalTo(true));
        Notifications.announce(d.teacherA(), d.classA, "Field trip", "Friday");
        Notifications.runWorkers();
        assertEquals(Map.of("email", "sent"),
                Notifications.ledger(d.tenantId, d.guardianAAccount, "announcement.posted"));

        String etag = Api.validated(d.guardianA()).get("/api/v1/me/notification-settings").header("ETag");
        Api.validated(d.guardianA()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("timeZone", "America/Chicago", "digest", "off",
                        "kinds", List.of(Map.of("kind", "goal.proposed", "push", false, "email", false))))
                .put("/api/v1/me/notification-settings").then().statusCode(200);
        Api.responseValidated(d.guardianA()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("timeZone", "America/Chicago", "digest", "off"))
                .put("/api/v1/me/notification-settings").then().statusCode(412);
        Api.responseValidated(d.guardianA()).contentType("application/json")
                .body(Map.of("timeZone", "Mars/Olympus", "digest", "hourly",
                        "kinds", List.of(Map.of("kind", "nothing.happened", "push", true, "email", true))))
                .put("/api/v1/me/notification-settings").then().statusCode(422);
    }

    @Test
    void aDailyDigestGathersTheDaysMailIntoOne() {
        Instant now = Instant.now();
        int hour = (now.atOffset(ZoneOffset.UTC).getHour() + 1) % 24;
        settings(d.guardianA(), Map.of("timeZone", "UTC", "digest", "daily", "digestHour", hour,
                "kinds", List.of(Map.of("kind", "announcement.posted", "push", false, "email", true))));
        Notifications.announce(d.teacherA(), d.classA, "Field trip", "Friday");
        Notifications.announce(d.teacherA(), d.classA, "Picture day", "Monday");
        Notifications.runWorkers();
        Digests digests = CDI.current().select(Digests.class).get();
        assertEquals(0, digests.sendDue(), "not before the chosen hour");
        assertEquals(Map.of("email", "digest"),
                Notifications.ledger(d.tenantId, d.guardianAAccount, "announcement.posted"));

        clock.pin(now.plus(Duration.ofHours(2)));
        assertEquals(1, digests.sendDue());
        assertEquals(0, digests.sendDue(), "once");
        Api.validated(d.guardianA()).get("/api/v1/me/notification-deliveries").then()
                .body("items.findAll { it.channel == 'email' }", hasSize(2))
                .body("items.findAll { it.channel == 'email' }.state", equalTo(List.of("sent", "sent")))
                .body("items.find { it.channel == 'email' }.providerAnswer", containsString("daily digest"));
    }

    @Test
    void staffSeeWhoAnAnnouncementReachedAndHow() {
        String thread = Notifications.announce(d.teacherA(), d.classA, "Field trip", "Friday");
        Notifications.runWorkers();
        String message = Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/messages").path("items[0].id");
        String reach = "/api/v1/threads/" + thread + "/messages/" + message + "/reach";
        for (String token : List.of(d.teacherA(), d.schoolAdmin(), d.districtAdmin())) {
            Api.validated(token).get(reach).then().statusCode(200)
                    .body("recipients", equalTo(1)).body("reached", equalTo(1))
                    .body("byChannel.email", equalTo(1)).body("byChannel.push", equalTo(0))
                    .body("summary", equalTo("reached 1 of 1: 0 push, 1 email; 0 not reached"))
                    .body("people[0].name", equalTo("Parent A")).body("people[0].channel", equalTo("email"));
        }
        Api.responseValidated(d.guardianA()).get(reach).then().statusCode(403);
        Api.responseValidated(d.teacherB()).get(reach).then().statusCode(404);
        Api.responseValidated(d.guardianB()).get(reach).then().statusCode(404);
        Api.responseValidated(TestDistrict.create().districtAdmin()).get(reach).then().statusCode(404);
    }
}
