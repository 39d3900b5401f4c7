package org.tandem.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class InboxPagingTest {

    @Test
    void pagesOfTheInboxReturnEveryThreadOnceInOrderEvenWhenActivityTimesTie() {
        TestDistrict d = TestDistrict.create();
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            started.add(Messaging.directThread(d.teacherA(), d.guardianAId, "thread " + i));
        }
        // Four threads share one activity time: the cursor must order them by id, not skip or repeat one.
        Instant tie = Instant.parse("2026-01-05T10:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("UPDATE thread_participant SET last_activity_at = :tie WHERE thread_id IN (:ids)")
                .setParameter("tie", tie)
                .setParameter("ids", started.subList(1, 5).stream().map(UUID::fromString).toList())
                .executeUpdate());

        List<String> whole = Api.validated(d.guardianA()).queryParam("limit", 100).get("/api/v1/threads")
                .then().statusCode(200).extract().path("items.id");
        List<String> paged = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 20; page++) {
            var request = Api.validated(d.guardianA()).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var body = request.get("/api/v1/threads").then().statusCode(200).extract().jsonPath();
            paged.addAll(body.getList("items.id", String.class));
            cursor = body.getString("nextCursor");
            if (cursor == null) {
                break;
            }
        }
        assertTrue(whole.containsAll(started));
        assertEquals(whole, paged);
        assertEquals(paged.size(), new HashSet<>(paged).size());
    }

    @Test
    void theInboxPreviewsTheLatestMessageAsASnippetAndATombstoneWithoutText() {
        TestDistrict d = TestDistrict.create();
        String shortThread = Messaging.studentThread(d.teacherA(), d.studentA, "See you at pick-up");
        String longBody = "Ab".repeat(150);
        String longThread = Messaging.directThread(d.teacherA(), d.guardianAId, longBody);
        String deletedThread = Messaging.directThread(d.teacherA(), d.guardianAId, "Sent by mistake");
        String deletedId = Api.validated(d.teacherA()).get("/api/v1/threads/" + deletedThread + "/messages")
                .then().statusCode(200).extract().path("items[0].id");
        Api.validated(d.teacherA()).delete("/api/v1/threads/" + deletedThread + "/messages/" + deletedId)
                .then().statusCode(200);

        var inbox = Api.validated(d.guardianA()).get("/api/v1/threads").then().statusCode(200).extract().jsonPath();
        List<String> ids = inbox.getList("items.id", String.class);
        java.util.function.Function<String, java.util.Map<String, Object>> preview =
                id -> inbox.getMap("items[" + ids.indexOf(id) + "].lastMessage");
        assertEquals("See you at pick-up", preview.apply(shortThread).get("snippet"));
        assertEquals(longBody.substring(0, 139) + "\u2026", preview.apply(longThread).get("snippet"));
        assertEquals(false, preview.apply(longThread).get("deleted"));
        assertEquals(true, preview.apply(deletedThread).get("deleted"));
        assertTrue(!preview.apply(deletedThread).containsKey("snippet"));
        assertEquals(1, preview.apply(longThread).get("seq"));
    }

    @Test
    void thePreviewFollowsEditsOfTheLatestMessageOnly() {
        TestDistrict d = TestDistrict.create();
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "Frist draft");
        String path = "/api/v1/threads/" + thread + "/messages";
        String first = Api.validated(d.teacherA()).get(path).then().statusCode(200).extract().path("items[0].id");
        Api.validated(d.teacherA()).contentType("application/json").body(java.util.Map.of("body", "First draft"))
                .patch(path + "/" + first).then().statusCode(200);
        assertEquals("First draft", latestPreview(d.guardianA(), thread).get("snippet"));

        Messaging.post(d.guardianA(), thread, "Thanks!").then().statusCode(201);
        Api.validated(d.teacherA()).contentType("application/json").body(java.util.Map.of("body", "First draft, fixed"))
                .patch(path + "/" + first).then().statusCode(200);
        Api.validated(d.teacherA()).delete(path + "/" + first).then().statusCode(200);
        var latest = latestPreview(d.teacherA(), thread);
        assertEquals("Thanks!", latest.get("snippet"));
        assertEquals(2, latest.get("seq"));
        assertEquals(d.guardianAAccount.toString(), latest.get("authorId"));
        // The single-thread view reads the message itself; both must agree.
        assertEquals(latest, Api.validated(d.teacherA()).get("/api/v1/threads/" + thread).then().statusCode(200)
                .extract().jsonPath().getMap("lastMessage"));
    }

    private static java.util.Map<String, Object> latestPreview(String token, String thread) {
        var inbox = Api.validated(token).get("/api/v1/threads").then().statusCode(200).extract().jsonPath();
        int i = inbox.getList("items.id", String.class).indexOf(thread);
        return inbox.getMap("items[" + i + "].lastMessage");
    }
}
