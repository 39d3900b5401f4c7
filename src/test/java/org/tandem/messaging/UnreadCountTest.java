package org.tandem.messaging;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.directory.Guardianship;
import org.tandem.directory.StudentLinksChanged;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class UnreadCountTest {

    private TestDistrict d;
    private String thread;

    @BeforeEach
    void thread() {
        d = TestDistrict.create();
        thread = Messaging.studentThread(d.teacherA(), d.studentA, "one");
    }

    private String post(String body) {
        return Messaging.post(d.teacherA(), thread, body).then().statusCode(201).extract().path("id");
    }

    @Test
    void postsCountForRecipientsButNotTheAuthor() {
        post("two");
        post("three");
        assertEquals(3, Messaging.unread(d.guardianA(), thread));
        assertEquals(0, Messaging.unread(d.teacherA(), thread));
        assertEquals(3, Messaging.total(d.guardianA()));
        Messaging.post(d.guardianA(), thread, "thanks!").then().statusCode(201);
        assertEquals(0, Messaging.unread(d.guardianA(), thread), "replying reads everything before");
        assertEquals(1, Messaging.unread(d.teacherA(), thread));
    }

    @Test
    void markingReadCountsWhatIsLeftAndNeverGoesBackwards() {
        post("two");
        post("three");
        Messaging.markRead(d.guardianA(), thread, 2);
        assertEquals(1, Messaging.unread(d.guardianA(), thread));
        Messaging.markRead(d.guardianA(), thread, 1);
        assertEquals(1, Messaging.unread(d.guardianA(), thread));
        Messaging.markRead(d.guardianA(), thread, 3);
        assertEquals(0, Messaging.unread(d.guardianA(), thread));
        Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of("seq", 99))
                .post("/api/v1/threads/" + thread + "/read").then().statusCode(422);
    }

    @Test
    void editsChangeNothingDeletesAndHidesUncountWhatWasUnread() {
        String two = post("two");
        String three = post("three");
        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("body", "two, edited"))
                .patch("/api/v1/threads/" + thread + "/messages/" + two).then().statusCode(200)
                .body("body", equalTo("two, edited"));
        assertEquals(3, Messaging.unread(d.guardianA(), thread));
        Api.validated(d.teacherA()).delete("/api/v1/threads/" + thread + "/messages/" + two).then().statusCode(200)
                .body("deleted", equalTo(true));
        assertEquals(2, Messaging.unread(d.guardianA(), thread));
        Api.validated(d.guardianA()).post("/api/v1/threads/" + thread + "/messages/" + three + "/hide").then().statusCode(204);
        assertEquals(1, Messaging.unread(d.guardianA(), thread));
        // Deleting a message the reader had hidden does not count it twice.
        Api.validated(d.teacherA()).delete("/api/v1/threads/" + thread + "/messages/" + three).then().statusCode(200);
        assertEquals(1, Messaging.unread(d.guardianA(), thread));
        Messaging.markRead(d.guardianA(), thread, 3);
        assertEquals(0, Messaging.unread(d.guardianA(), thread));
    }

    @Test
    void readMessagesStayReadWhenDeleted() {
        String two = post("two");
        Messaging.markRead(d.guardianA(), thread, 2);
        Api.validated(d.teacherA()).delete("/api/v1/threads/" + thread + "/messages/" + two).then().statusCode(200);
        assertEquals(0, Messaging.unread(d.guardianA(), thread));
    }

    @Test
    void aNoContactOrderTakesEffectOnExistingThreads() {
        assertTrue(Messaging.inboxIds(d.guardianA()).contains(thread));
        assertEquals(1, Messaging.total(d.guardianA()));
        d.inTenant(em -> {
            Guardianship link = em.find(Guardianship.class, d.guardianshipA);
            link.update(link.relationship(), link.educationalRights(), link.permissions(), true, null, true);
            em.flush();
            Arc.container().beanManager().getEvent().select(StudentLinksChanged.class)
                    .fire(new StudentLinksChanged(d.studentA));
        });
        assertFalse(Messaging.inboxIds(d.guardianA()).contains(thread));
        assertEquals(0, Messaging.total(d.guardianA()));
        Api.responseValidated(d.guardianA()).get("/api/v1/threads/" + thread).then().statusCode(404);
        post("after the order");
        assertEquals(0, Messaging.total(d.guardianA()));
    }

    @Test
    void archivedAndMutedThreadsLeaveTheTotal() {
        String other = Messaging.directThread(d.teacherA(), d.guardianAId, "another topic");
        assertEquals(2, Messaging.total(d.guardianA()));
        Api.validated(d.guardianA()).contentType("application/merge-patch+json").body("{\"muted\": true}")
                .patch("/api/v1/threads/" + other).then().statusCode(200).body("muted", equalTo(true));
        assertEquals(1, Messaging.total(d.guardianA()));
        Api.validated(d.guardianA()).contentType("application/merge-patch+json").body("{\"archived\": true}")
                .patch("/api/v1/threads/" + thread).then().statusCode(200).body("archived", equalTo(true));
        assertEquals(0, Messaging.total(d.guardianA()));
        assertFalse(Messaging.inboxIds(d.guardianA()).contains(thread));
        Api.validated(d.guardianA()).queryParam("archived", true).get("/api/v1/threads").then()
                .body("items.id", equalTo(java.util.List.of(thread)));
    }

    /**
     * Marking read while others post to the same thread: every request succeeds (marking read used to
     * deadlock against posts now and then, a 500), and the count ends exact.
     */
    @Test
    void markingReadWhilePostsArriveNeverFailsAndEndsExact() throws Exception {
        String busy = Messaging.directThread(d.teacherA(), d.guardianAId, "Let's begin");
        String teacher = d.teacherA();
        String guardian = d.guardianA();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                results.add(pool.submit(() -> Messaging.post(teacher, busy, "update " + n).statusCode()));
                results.add(pool.submit(() -> Api.raw(guardian).contentType("application/json")
                        .body(Map.of("seq", 1)).post("/api/v1/threads/" + busy + "/read").statusCode()));
            }
            for (var result : results) {
                int status = result.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertTrue(status == 200 || status == 201, "status " + status);
            }
        } finally {
            pool.shutdownNow();
        }
        // 41 messages by the teacher, the guardian's position at 1: 40 unread, whatever the interleaving.
        assertEquals(40, Messaging.unread(guardian, busy));
        Messaging.markRead(guardian, busy, 41);
        assertEquals(0, Messaging.unread(guardian, busy));
    }

    /**
     * Marking read takes no lock on the thread: its recount is written only if the reader's row is
     * still the version it read. Rounds of posts racing marks-read at the latest position the reader
     * knows, with more clients than cores: after each round the count is exactly what was posted
     * since the last position marked.
     */
    @Test
    void markingReadAtTheLatestPositionWhilePostsArriveStaysExact() throws Exception {
        String busy = Messaging.directThread(d.teacherA(), d.guardianAId, "Round 0");
        String teacher = d.teacherA();
        String guardian = d.guardianA();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (int round = 1; round <= 4; round++) {
                java.util.concurrent.atomic.AtomicLong latestSeen = new java.util.concurrent.atomic.AtomicLong(1);
                java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    int n = i;
                    results.add(pool.submit(() -> {
                        var posted = Messaging.post(teacher, busy, "update " + n);
                        latestSeen.accumulateAndGet(posted.jsonPath().getLong("seq"), Math::max);
                        return posted.statusCode();
                    }));
                    results.add(pool.submit(() -> Api.raw(guardian).contentType("application/json")
                            .body(Map.of("seq", latestSeen.get())).post("/api/v1/threads/" + busy + "/read")
                            .statusCode()));
                }
                for (var result : results) {
                    int status = result.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    assertTrue(status == 200 || status == 201, "status " + status);
                }
                var thread = Api.raw(guardian).get("/api/v1/threads/" + busy).then().statusCode(200).extract();
                long lastSeq = thread.jsonPath().getLong("lastSeq");
                long lastRead = thread.jsonPath().getLong("lastReadSeq");
                assertEquals(lastSeq - lastRead, thread.jsonPath().getLong("unreadCount"),
                        "round " + round + ": read up to " + lastRead + " of " + lastSeq);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
