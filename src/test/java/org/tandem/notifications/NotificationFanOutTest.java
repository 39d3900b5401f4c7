package org.tandem.notifications;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/**
 * Domain events become feed entries for exactly the people the features' rules allow, and ledger rows
 * that the worker finishes (push is absent here: every delivery falls back to email).
 */
@QuarkusTest
class NotificationFanOutTest {

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void anAnnouncementReachesTheClassFamiliesButNotTheNoContactParentNorItsAuthor() {
        String thread = Notifications.announce(d.teacherA(), d.classA, "Field trip", "Bring a packed lunch on Friday");
        Notifications.runWorkers();

        assertEquals(List.of(d.guardianAAccount), Notifications.recipients(d.tenantId, "announcement.posted"));
        Api.validated(d.guardianA()).get("/api/v1/me/notifications").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("announcement.posted"))
                .body("items[0].title", equalTo("Announcement from Teacher A"))
                .body("items[0].body", startsWith("Field trip"))
                .body("items[0].link", equalTo("/threads/" + thread))
                .body("items[0].data.threadId", equalTo(thread))
                .body("items[0].readAt", equalTo(null));
        Api.validated(d.noContactGuardian()).get("/api/v1/me/notifications").then().body("items", hasSize(0));
        Api.validated(d.teacherA()).get("/api/v1/me/notifications").then().body("items", hasSize(0));
        Api.validated(d.guardianB()).get("/api/v1/me/notifications").then().body("items", hasSize(0));

        assertEquals(Map.of("push", "skipped", "email", "sent"),
                Notifications.ledger(d.tenantId, d.guardianAAccount, "announcement.posted"));
    }

    @Test
    void aPersonsLedgerShowsTheFeedEntryAsTheInAppDeliveryBesideTheStoredRowsPageByPage() {
        Notifications.announce(d.teacherA(), d.classA, "Field trip", "Friday");
        Notifications.announce(d.teacherA(), d.classA, "Book fair", "Monday");
        Notifications.runWorkers();
        List<String> feed = Api.validated(d.guardianA()).get("/api/v1/me/notifications").then().statusCode(200)
                .extract().path("items.id");
        assertEquals(2, feed.size());

        List<Map<String, Object>> all = Api.validated(d.guardianA()).get("/api/v1/me/notification-deliveries")
                .then().statusCode(200).extract().path("items");
        // Per announcement: in_app (the feed entry, delivered when written), push skipped (no device), email sent.
        assertEquals(6, all.size(), all.toString());
        List<Map<String, Object>> inApp = all.stream().filter(e -> "in_app".equals(e.get("channel"))).toList();
        assertEquals(2, inApp.size(), all.toString());
        for (Map<String, Object> e : inApp) {
            assertEquals("delivered", e.get("state"));
            assertEquals("feed", e.get("address"));
            assertTrue(feed.contains(e.get("notificationId")), e.toString());
            assertEquals(e.get("notificationId"), e.get("id"), "the in-app delivery is named by its feed entry");
        }
        assertEquals(Map.of("email", 2L, "push", 2L), all.stream().filter(e -> !"in_app".equals(e.get("channel")))
                .collect(java.util.stream.Collectors.groupingBy(e -> (String) e.get("channel"), java.util.stream.Collectors.counting())));

        // One at a time: the same six, newest first, none twice, across stored and derived entries.
        List<Object> walked = new java.util.ArrayList<>();
        String cursor = null;
        for (int i = 0; i < 10; i++) {
            var request = Api.validated(d.guardianA()).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/me/notification-deliveries").then().statusCode(200).extract();
            List<Object> ids = page.path("items.id");
            walked.addAll(ids);
            cursor = page.path("nextCursor");
            if (cursor == null) {
                break;
            }
        }
        assertEquals(all.stream().map(e -> e.get("id")).toList(), walked);
    }

    @Test
    void theRecipientCountsAndMarksTheirNotificationsRead() {
        Notifications.announce(d.teacherA(), d.classA, "Field trip", "Friday");
        Notifications.announce(d.teacherA(), d.classA, "Picture day", "Monday");
        Notifications.fanOut();
        Api.validated(d.guardianA()).get("/api/v1/me/notifications/unread-count").then().statusCode(200).body("count", equalTo(2));
        String newest = Api.validated(d.guardianA()).queryParam("limit", 1).get("/api/v1/me/notifications").then()
                .body("items", hasSize(1)).body("items[0].title", equalTo("Announcement from Teacher A"))
                .extract().path("items[0].id");
        String cursor = Api.validated(d.guardianA()).queryParam("limit", 1).get("/api/v1/me/notifications").path("nextCursor");
        Api.validated(d.guardianA()).queryParam("limit", 1).queryParam("cursor", cursor).get("/api/v1/me/notifications")
                .then().body("items", hasSize(1)).body("nextCursor", equalTo(null));

        Api.validated(d.guardianB()).post("/api/v1/me/notifications/" + newest + "/read").then().statusCode(404);
        Api.validated(d.guardianB()).get("/api/v1/me/notifications/" + newest).then().statusCode(404);
        Api.validated(d.guardianA()).post("/api/v1/me/notifications/" + newest + "/read").then().statusCode(200)
                .body("readAt", org.hamcrest.Matchers.notNullValue());
        Api.validated(d.guardianA()).get("/api/v1/me/notifications/unread-count").then().body("count", equalTo(1));
        Api.validated(d.guardianA()).queryParam("unread", true).get("/api/v1/me/notifications").then().body("items", hasSize(1));
        Api.validated(d.guardianA()).post("/api/v1/me/notifications/read").then().statusCode(200).body("marked", equalTo(1));
        Api.validated(d.guardianA()).get("/api/v1/me/notifications/unread-count").then().body("count", equalTo(0));
    }

    @Test
    void aConfidentialGoalIsToldOnlyToFamiliesWithEducationalRightsAndItsAssignedStaff() {
        Map<String, Object> goal = new java.util.HashMap<>(Map.of("title", "Calm strategies", "category", "social_emotional",
                "startDate", java.time.LocalDate.now().minusDays(5).toString(),
                "targetDate", java.time.LocalDate.now().plusDays(60).toString(),
                "milestones", List.of("Names feelings", "Uses a strategy"), "confidential", true,
                "assignedStaffIds", List.of(d.teacherBStaffId.toString())));
        Api.validated(d.schoolAdmin()).contentType("application/json").body(goal)
                .post("/api/v1/students/" + d.studentA + "/goals").then().statusCode(201);
        Notifications.fanOut();
        List<java.util.UUID> told = Notifications.recipients(d.tenantId, "goal.proposed");
        assertTrue(told.contains(d.guardianAAccount), "the parent with educational rights");
        assertTrue(told.contains(d.teacherBAccount), "the assigned teacher");
        assertEquals(2, told.size(), "not teacher A (teaches Sam, not assigned), not the no-contact parent: " + told);
    }

    @Test
    void aMessageReadInItsThreadBeforeItWentOutIsNeitherPushedNorMailed() {
        String thread = Notifications.announce(d.teacherA(), d.classA, "Field trip", "Friday");
        Notifications.fanOut();
        org.tandem.messaging.Messaging.markRead(d.guardianA(), thread, 1);
        Notifications.runWorkers();
        // No device: push is skipped at fan-out and the mail queued; read before it went out, it is not sent.
        assertEquals(Map.of("push", "skipped", "email", "skipped"),
                Notifications.ledger(d.tenantId, d.guardianAAccount, "announcement.posted"));
    }

    @Test
    void aChangeThatRolledBackTellsNobody() {
        // A post to a locked thread is refused: nothing is written, so nothing is told.
        String thread = Notifications.announce(d.teacherA(), d.classA, "Field trip", "Friday");
        Notifications.fanOut();
        Api.validated(d.guardianA()).contentType("application/json").body(Map.of("body", "Can I come?"))
                .post("/api/v1/threads/" + thread + "/messages").then().statusCode(403);
        Notifications.fanOut();
        Api.validated(d.teacherA()).get("/api/v1/me/notifications").then().body("items", hasSize(0));
    }
}
