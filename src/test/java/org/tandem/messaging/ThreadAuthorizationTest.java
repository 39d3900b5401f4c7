package org.tandem.messaging;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class ThreadAuthorizationTest {

    private TestDistrict d;
    private String thread;
    private String messageId;

    @BeforeEach
    void studentThreadAboutStudentA() {
        d = TestDistrict.create();
        var started = Messaging.startStudentThread(d.teacherA(), d.studentA, "Sam did great today");
        started.then().statusCode(201).body("kind", equalTo("student")).body("lastSeq", equalTo(1));
        thread = started.jsonPath().getString("id");
        messageId = Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/messages")
                .then().extract().path("items[0].id");
    }

    @Test
    void theStudentsGuardianIsAMemberAndSeesTheMessage() {
        assertTrue(Messaging.inboxIds(d.guardianA()).contains(thread));
        assertEquals(1, Messaging.unread(d.guardianA(), thread));
        Api.validated(d.guardianA()).get("/api/v1/threads/" + thread + "/messages").then().statusCode(200)
                .body("items[0].body", equalTo("Sam did great today"));
    }

    @Test
    void aNoContactGuardianNeverSeesTheStudentThread() {
        assertFalse(Messaging.inboxIds(d.noContactGuardian()).contains(thread));
        Api.responseValidated(d.noContactGuardian()).get("/api/v1/threads/" + thread).then().statusCode(404);
        Api.responseValidated(d.noContactGuardian()).get("/api/v1/threads/" + thread + "/messages").then().statusCode(404);
        Api.responseValidated(d.noContactGuardian()).get("/api/v1/threads/" + thread + "/messages/" + messageId)
                .then().statusCode(404);
        Messaging.post(d.noContactGuardian(), thread, "hello").then().statusCode(404);
    }

    @Test
    void nonMembersGet404ForTheThreadAndEveryMessage() {
        for (String outsider : List.of(d.guardianB(), d.teacherB())) {
            Api.responseValidated(outsider).get("/api/v1/threads/" + thread).then().statusCode(404)
                    .body("code", equalTo("not_found"));
            Api.responseValidated(outsider).get("/api/v1/threads/" + thread + "/messages").then().statusCode(404);
            Api.responseValidated(outsider).get("/api/v1/threads/" + thread + "/messages/" + messageId).then().statusCode(404);
            Api.responseValidated(outsider).get("/api/v1/threads/" + thread + "/messages/" + messageId + "/receipts")
                    .then().statusCode(404);
            Api.responseValidated(outsider).post("/api/v1/threads/" + thread + "/messages/" + messageId + "/hide")
                    .then().statusCode(404);
            Messaging.post(outsider, thread, "let me in").then().statusCode(404);
            assertFalse(Messaging.inboxIds(outsider).contains(thread));
        }
    }

    @Test
    void anotherTenantSeesNothing() {
        TestDistrict other = TestDistrict.create();
        for (String stranger : List.of(other.teacherA(), other.guardianA(), other.districtAdmin())) {
            Api.responseValidated(stranger).get("/api/v1/threads/" + thread).then().statusCode(404);
            Api.responseValidated(stranger).get("/api/v1/threads/" + thread + "/messages").then().statusCode(404);
        }
        Messaging.startStudentThread(other.teacherA(), d.studentA, "sneaky").then().statusCode(404);
    }

    /**
     * The inbox, a thread's pages and the unread total are read with plain SQL (no Hibernate tenant
     * filter), so each statement names the tenant itself. A correctly signed token that pairs a
     * member's account id with another district's tenant must therefore see none of it.
     */
    @Test
    void aMembersAccountIdUnderAnotherTenantSeesNothing() {
        assertTrue(Messaging.inboxIds(d.guardianA()).contains(thread));
        TestDistrict other = TestDistrict.create();
        String crossed = org.tandem.testsupport.TestTokens.forTenant(other.tenantId.toString(),
                d.guardianAAccount.toString(), org.tandem.access.Roles.GUARDIAN);
        assertTrue(Messaging.inboxIds(crossed).isEmpty());
        assertEquals(0, Messaging.total(crossed));
        Api.responseValidated(crossed).get("/api/v1/threads/" + thread + "/messages").then().statusCode(404);
        Api.responseValidated(crossed).get("/api/v1/threads/" + thread + "/messages?direction=newer&from=0")
                .then().statusCode(404);
    }

    @Test
    void aGuardianCannotPostToALockedThread() {
        Api.validated(d.teacherA()).post("/api/v1/threads/" + thread + "/lock").then().statusCode(200)
                .body("locked", equalTo(true));
        Messaging.post(d.guardianA(), thread, "hello?").then().statusCode(409).body("code", equalTo("thread_locked"));
        Api.responseValidated(d.guardianA()).post("/api/v1/threads/" + thread + "/unlock").then().statusCode(403);
        Api.validated(d.teacherA()).post("/api/v1/threads/" + thread + "/unlock").then().statusCode(200);
        Messaging.post(d.guardianA(), thread, "hello!").then().statusCode(201);
    }

    @Test
    void aGuardianCannotPostToAnAnnouncementOrMarkUrgent() {
        String announcement = Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("kind", "announcement", "subject", "Field trip",
                        "audience", Map.of("type", "class", "classId", d.classA.toString()),
                        "message", Map.of("body", "Bring a packed lunch on Friday")))
                .post("/api/v1/threads").then().statusCode(201).extract().path("id");
        Api.validated(d.guardianA()).get("/api/v1/threads/" + announcement).then().statusCode(200)
                .body("canPost", equalTo(false));
        Messaging.post(d.guardianA(), announcement, "Reply all!").then().statusCode(403);
        assertFalse(Messaging.inboxIds(d.noContactGuardian()).contains(announcement));
        assertFalse(Messaging.inboxIds(d.guardianB()).contains(announcement));
        Messaging.post(d.guardianA(), thread, Map.of("body", "URGENT", "urgent", true)).then().statusCode(403);
    }

    @Test
    void guardiansCannotStartAnnouncementsOrThreadsAboutOtherChildren() {
        Api.responseValidated(d.guardianA()).contentType("application/json")
                .body(Map.of("kind", "announcement", "audience", Map.of("type", "class", "classId", d.classA.toString()),
                        "message", Map.of("body", "hi"))).post("/api/v1/threads").then().statusCode(403);
        Messaging.startStudentThread(d.guardianA(), d.studentB, "about someone else").then().statusCode(404);
        Messaging.startStudentThread(d.noContactGuardian(), d.studentA, "let me in").then().statusCode(404);
        Messaging.startStudentThread(d.teacherB(), d.studentA, "not my student").then().statusCode(404);
    }

    @Test
    void aGuardianStartsADirectThreadWithTheirChildsTeacher() {
        String direct = Api.validated(d.guardianA()).contentType("application/json")
                .body(Map.of("kind", "direct", "staffIds", List.of(d.teacherAStaffId.toString()),
                        "message", Map.of("body", "Can we talk about reading?")))
                .post("/api/v1/threads").then().statusCode(201).extract().path("id");
        assertTrue(Messaging.inboxIds(d.teacherA()).contains(direct));
        assertFalse(Messaging.inboxIds(d.guardianB()).contains(direct));
        Api.responseValidated(d.guardianA()).contentType("application/json")
                .body(Map.of("kind", "direct", "staffIds", List.of(d.teacherBStaffId.toString()),
                        "message", Map.of("body", "hello"))).post("/api/v1/threads").then().statusCode(404);
    }

    @Test
    void integratorsHaveNoMessaging() {
        String integrator = org.tandem.testsupport.TestTokens.forTenant(d.tenantId.toString(),
                java.util.UUID.randomUUID().toString(), "integrator");
        Api.responseValidated(integrator).get("/api/v1/threads").then().statusCode(403);
    }
}
