package org.tandem.messaging;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class AnnouncementTest {

    private TestDistrict d;
    private String announcement;

    @BeforeEach
    void aFieldTripAnnouncementToClassA() {
        d = TestDistrict.create();
        announcement = Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("kind", "announcement", "subject", "Field trip",
                        "audience", Map.of("type", "class", "classId", d.classA.toString()),
                        "message", Map.of("body", "Bring a packed lunch on Friday")))
                .post("/api/v1/threads").then().statusCode(201).extract().path("id");
    }

    @Test
    void theAuthorSeesHowManyRecipientsHaveRead() {
        String school = Api.validated(d.schoolAdmin()).contentType("application/json")
                .body(Map.of("kind", "announcement", "subject", "Snow day",
                        "audience", Map.of("type", "school", "schoolId", d.schoolId.toString()),
                        "message", Map.of("body", "School is closed tomorrow")))
                .post("/api/v1/threads").then().statusCode(201)
                .body("readCount", equalTo(0)).body("recipientCount", equalTo(2)).extract().path("id");
        Messaging.markRead(d.guardianA(), school, 1);
        Api.validated(d.schoolAdmin()).get("/api/v1/threads/" + school).then().statusCode(200)
                .body("readCount", equalTo(1)).body("recipientCount", equalTo(2));
        Api.validated(d.guardianA()).get("/api/v1/threads/" + school).then().statusCode(200)
                .body("$", not(hasKey("readCount"))).body("$", not(hasKey("recipientCount")));
        Api.validated(d.schoolAdmin()).get("/api/v1/threads").then().statusCode(200)
                .body("items[0]", not(hasKey("readCount")));
    }

    @Test
    void aRecipientRepliesPrivatelyToTheAuthor() {
        Response first = reply(d.guardianA(), Map.of("body", "Is a nut-free lunch needed?", "clientMessageId", "r-1"));
        first.then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/threads/" + first.path("id")))
                .body("kind", equalTo("direct")).body("subject", equalTo("Re: Field trip"))
                .body("createdBy", equalTo(d.guardianAAccount.toString())).body("lastSeq", equalTo(1))
                .body("canPost", equalTo(true));
        String direct = first.path("id");
        assertTrue(Messaging.inboxIds(d.teacherA()).contains(direct));
        assertEquals(1, Messaging.unread(d.teacherA(), direct));
        assertFalse(Messaging.inboxIds(d.guardianB()).contains(direct));
        assertFalse(Messaging.inboxIds(d.noContactGuardian()).contains(direct));

        reply(d.guardianA(), Map.of("body", "Is a nut-free lunch needed?", "clientMessageId", "r-1")).then()
                .statusCode(200).body("id", equalTo(direct)).body("lastSeq", equalTo(1));
        reply(d.guardianA(), Map.of("body", "Also, what time do they leave?")).then().statusCode(200)
                .body("id", equalTo(direct)).body("lastSeq", equalTo(2));
        Messaging.post(d.teacherA(), direct, "Nut-free please; they leave at 9").then().statusCode(201);

        Api.validated(d.teacherA()).get("/api/v1/threads/" + announcement).then().body("lastSeq", equalTo(1));
        Api.validated(d.guardianA()).get("/api/v1/threads/" + direct + "/messages").then().statusCode(200)
                .body("items.body", equalTo(List.of("Nut-free please; they leave at 9", "Also, what time do they leave?",
                        "Is a nut-free lunch needed?")));
    }

    @Test
    void concurrentFirstRepliesOpenOneThread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<String>> replies = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String body = "Question " + i;
                replies.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return reply(d.guardianA(), Map.of("body", body)).then().statusCode(anyOf(is(200), is(201)))
                            .extract().<String>path("id");
                }, pool));
            }
            start.countDown();
            Set<String> threads = new HashSet<>();
            for (CompletableFuture<String> reply : replies) {
                threads.add(reply.get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, threads.size());
            Api.validated(d.teacherA()).get("/api/v1/threads/" + threads.iterator().next()).then()
                    .body("lastSeq", equalTo(5)).body("unreadCount", equalTo(5));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyRecipientsOfAnAnnouncementReplyPrivately() {
        reply(d.teacherA(), Map.of("body", "to myself")).then().statusCode(403);
        reply(d.guardianB(), Map.of("body", "not mine")).then().statusCode(404);
        reply(d.noContactGuardian(), Map.of("body", "let me in")).then().statusCode(404);
        reply(TestDistrict.create().guardianA(), Map.of("body", "other district")).then().statusCode(404);
        String student = Messaging.studentThread(d.teacherA(), d.studentA, "Reading log");
        Api.validated(d.guardianA()).contentType("application/json").body(Map.of("body", "hi"))
                .post("/api/v1/threads/" + student + "/private-reply").then().statusCode(409)
                .body("code", equalTo("not_an_announcement"));
        Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of("body", ""))
                .post("/api/v1/threads/" + announcement + "/private-reply").then().statusCode(422);
        Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of("body", "x".repeat(4001)))
                .post("/api/v1/threads/" + announcement + "/private-reply").then().statusCode(422);
        assertEquals(List.of(announcement, student).stream().sorted().toList(),
                Messaging.inboxIds(d.guardianA()).stream().sorted().toList());
    }

    private Response reply(String token, Map<String, Object> body) {
        return Api.validated(token).contentType("application/json").body(body)
                .post("/api/v1/threads/" + announcement + "/private-reply");
    }
}
