package org.tandem.messaging;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class MessagePostingTest {

    private TestDistrict d;
    private String thread;

    @BeforeEach
    void thread() {
        d = TestDistrict.create();
        thread = Messaging.studentThread(d.teacherA(), d.studentA, "first");
    }

    @Test
    void theSameClientMessageIdSentTwentyTimesAtOnceMakesOneMessage() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Response>> sends = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                sends.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return Messaging.post(d.guardianA(), thread, Map.of("body", "See you at 3", "clientMessageId", "c-42"));
                }, pool));
            }
            go.countDown();
            HashSet<String> ids = new HashSet<>();
            int created = 0;
            for (CompletableFuture<Response> send : sends) {
                Response r = send.get();
                assertEquals(true, r.statusCode() == 201 || r.statusCode() == 200, "status " + r.statusCode());
                created += r.statusCode() == 201 ? 1 : 0;
                ids.add(r.jsonPath().getString("id"));
            }
            assertEquals(1, created);
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/messages").then()
                .body("items.size()", equalTo(2));
        // The resends that lost the race numbered nothing: positions stay gap-free.
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread).then().body("lastSeq", equalTo(2));
        assertEquals(1, Messaging.unread(d.teacherA(), thread));
    }

    @Test
    void pagesReturnEveryMessageExactlyOnceWhileNewOnesArrive() throws Exception {
        for (int i = 2; i <= 30; i++) {
            Messaging.post(d.teacherA(), thread, "m" + i).then().statusCode(201);
        }
        AtomicBoolean reading = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            int n = 0;
            while (reading.get() && n < 40) {
                Messaging.post(d.guardianA(), thread, "live " + n++);
            }
        });
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.validated(d.teacherA()).queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/threads/" + thread + "/messages");
            page.then().statusCode(200);
            if (seen.isEmpty()) {
                // The walk goes back from the newest message at its start.
                seen.add(page.jsonPath().getLong("items[0].seq") + 1);
                seen.clear();
            }
            seen.addAll(page.jsonPath().getList("items.seq", Long.class));
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null);
        reading.set(false);
        writer.get();
        assertEquals(new HashSet<>(seen).size(), seen.size(), "no message twice");
        for (int i = 1; i < seen.size(); i++) {
            assertEquals(seen.get(i - 1) - 1, seen.get(i), "no gap");
        }
        assertEquals(1L, seen.get(seen.size() - 1), "down to the first message");
    }

    @Test
    void anIdempotencyKeyReplaysThePostInsteadOfPostingTwice() {
        String key = java.util.UUID.randomUUID().toString();
        String first = Api.validated(d.guardianA()).contentType("application/json").header("Idempotency-Key", key)
                .body(Map.of("body", "Running late")).post("/api/v1/threads/" + thread + "/messages")
                .then().statusCode(201).extract().path("id");
        Api.validated(d.guardianA()).contentType("application/json").header("Idempotency-Key", key)
                .body(Map.of("body", "Running late")).post("/api/v1/threads/" + thread + "/messages")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/messages").then().body("items.size()", equalTo(2));
    }

    @Test
    void newerPagesStartFromAnyMessage() {
        for (int i = 2; i <= 5; i++) {
            Messaging.post(d.teacherA(), thread, "m" + i).then().statusCode(201);
        }
        Api.validated(d.guardianA()).queryParam("direction", "newer").queryParam("from", 2).queryParam("limit", 2)
                .get("/api/v1/threads/" + thread + "/messages").then().statusCode(200)
                .body("items.seq", equalTo(List.of(3, 4)));
        Api.validated(d.guardianA()).queryParam("direction", "older").queryParam("from", 3)
                .get("/api/v1/threads/" + thread + "/messages").then().statusCode(200)
                .body("items.seq", equalTo(List.of(2, 1))).body("nextCursor", nullValue());
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        String messages = "/api/v1/threads/" + thread + "/messages";
        Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of("body", "")).post(messages)
                .then().statusCode(422).body("errors.field", hasItem("body"));
        Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of("body", "x".repeat(4001)))
                .post(messages).then().statusCode(422);
        Api.responseValidated(d.guardianA()).contentType("application/json").body("{\"body\": 42, \"x\": 1}")
                .post(messages).then().statusCode(400);
        Api.responseValidated(d.guardianA()).contentType("application/json").body("{\"body\": [\"a\"]}")
                .post(messages).then().statusCode(400).body("code", equalTo("invalid_type"));
        Api.responseValidated(d.guardianA()).contentType("application/json").body("{\"body\": \"hi\"")
                .post(messages).then().statusCode(400).body("code", equalTo("malformed_json"));
        Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of("body", "hi"))
                .post("/api/v1/threads/" + java.util.UUID.randomUUID() + "/messages").then().statusCode(404);
        Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of("body", "hi"))
                .post("/api/v1/threads/not-a-uuid/messages").then().statusCode(400).body("code", equalTo("invalid_parameter"));
        Api.responseValidated(d.guardianA()).queryParam("cursor", "forged.cursor").get(messages).then().statusCode(400);
        Api.responseValidated(d.guardianA()).queryParam("direction", "sideways").get(messages).then().statusCode(400);
        Api.responseValidated(d.guardianA()).contentType("application/json")
                .body(Map.of("body", "hi", "clientMessageId", "has spaces")).post(messages).then().statusCode(422);
        Api.validated(d.guardianA()).get(messages).then().body("items.size()", equalTo(1));
        assertEquals(1, Messaging.unread(d.guardianA(), thread));
    }

    @Test
    void editsKeepTheirHistoryAndOnlyTheAuthorMayEdit() {
        String id = Messaging.post(d.guardianA(), thread, "See you at 3").then().statusCode(201).extract().path("id");
        String path = "/api/v1/threads/" + thread + "/messages/" + id;
        Api.responseValidated(d.teacherA()).contentType("application/json").body(Map.of("body", "hijack")).patch(path)
                .then().statusCode(403);
        Api.validated(d.guardianA()).contentType("application/json").body(Map.of("body", "See you at 4")).patch(path)
                .then().statusCode(200).body("editedAt", org.hamcrest.Matchers.notNullValue());
        Api.validated(d.teacherA()).get(path + "/edits").then().statusCode(200)
                .body("previousBody", equalTo(List.of("See you at 3")));
        Api.validated(d.guardianA()).delete(path).then().statusCode(200).body("body", nullValue());
        Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of("body", "undelete")).patch(path)
                .then().statusCode(409);
    }

    @Test
    void theSenderSeesWhoHasRead() {
        Messaging.post(d.teacherA(), thread, "second").then().statusCode(201);
        String first = Api.validated(d.teacherA()).queryParam("direction", "newer").get("/api/v1/threads/" + thread + "/messages")
                .then().extract().path("items[0].id");
        Messaging.markRead(d.guardianA(), thread, 1);
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/messages/" + first + "/receipts").then()
                .statusCode(200).body("readCount", equalTo(1)).body("recipientCount", equalTo(1))
                .body("readers[0].read", equalTo(true));
        Api.responseValidated(d.guardianA()).get("/api/v1/threads/" + thread + "/messages/" + first + "/receipts")
                .then().statusCode(403);
    }
}
