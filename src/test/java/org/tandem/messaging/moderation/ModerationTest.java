package org.tandem.messaging.moderation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.messaging.Messaging;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class ModerationTest {

    private static final String QUEUE = "/api/v1/moderation/reports";
    private TestDistrict d;
    private String thread;
    private String message;

    @BeforeEach
    void aStudentThreadWithAMessageFromTheParent() {
        d = TestDistrict.create();
        thread = Messaging.studentThread(d.teacherA(), d.studentA, "How was the weekend?");
        Messaging.post(d.guardianA(), thread, "Something unkind").then().statusCode(201);
        message = Messaging.firstMessage(d.teacherA(), thread);
    }

    private Response report(String token, String messageId, Map<String, Object> body) {
        return Api.responseValidated(token).contentType("application/json").body(body)
                .post("/api/v1/threads/" + thread + "/messages/" + messageId + "/reports");
    }

    private String reportOk(String token, String messageId, String reason) {
        return Api.validated(token).contentType("application/json").body(Map.of("reason", reason, "note", "Please look"))
                .post("/api/v1/threads/" + thread + "/messages/" + messageId + "/reports")
                .then().statusCode(201).extract().path("id");
    }

    private Response resolve(String token, String report, Map<String, Object> body) {
        return Api.responseValidated(token).contentType("application/json").body(body)
                .post(QUEUE + "/" + report + "/resolve");
    }

    @Test
    void aParticipantReportsAMessageAndAdministratorsSeeItInTheQueue() {
        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("reason", "harassment", "note", "Third time"))
                .post("/api/v1/threads/" + thread + "/messages/" + message + "/reports").then().statusCode(201)
                .body("state", equalTo("open")).body("reason", equalTo("harassment"))
                .body("message.body", equalTo("Something unkind"))
                .body("reporter.accountId", equalTo(d.teacherAAccount.toString()));
        for (String admin : List.of(d.schoolAdmin(), d.districtAdmin())) {
            Api.validated(admin).get(QUEUE + "?state=open").then().statusCode(200)
                    .body("items.size()", equalTo(1))
                    .body("items[0].message.id", equalTo(message))
                    .body("items[0].message.threadId", equalTo(thread))
                    .body("items[0].message.body", equalTo("Something unkind"))
                    .body("items[0].message.author.displayName", equalTo("Parent A"))
                    .body("items[0].reporter.displayName", equalTo("Teacher A"))
                    .body("items[0].note", equalTo("Third time"))
                    .body("nextCursor", nullValue());
        }
    }

    @Test
    void reportingTwiceIsAConflictAndOwnMessagesCannotBeReported() {
        reportOk(d.teacherA(), message, "spam");
        report(d.teacherA(), message, Map.of("reason", "other")).then().statusCode(409).body("code", equalTo("already_reported"));
        report(d.guardianA(), message, Map.of("reason", "other")).then().statusCode(422).body("code", equalTo("own_message"));
        Api.validated(d.schoolAdmin()).get(QUEUE).then().body("items.size()", equalTo(1));
    }

    @Test
    void badReportsAreRefusedAndChangeNothing() {
        report(d.teacherA(), message, Map.of("reason", "rude")).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("reason")));
        report(d.teacherA(), message, Map.of("note", "no reason")).then().statusCode(422);
        report(d.teacherA(), message, Map.of("reason", "other", "note", "x".repeat(1001))).then().statusCode(422);
        report(d.teacherA(), message, Map.of("reason", "other", "severity", "high")).then().statusCode(400);
        report(d.teacherA(), java.util.UUID.randomUUID().toString(), Map.of("reason", "other")).then().statusCode(404);
        Api.validated(d.districtAdmin()).get(QUEUE).then().body("items.size()", equalTo(0));
    }

    @Test
    void outsidersCannotReportAndFamiliesAndTeachersHaveNoQueue() {
        for (String outsider : List.of(d.guardianB(), d.teacherB(), d.noContactGuardian(), TestDistrict.create().guardianA())) {
            report(outsider, message, Map.of("reason", "spam")).then().statusCode(404);
        }
        reportOk(d.teacherA(), message, "spam");
        String report = Api.validated(d.schoolAdmin()).get(QUEUE).then().extract().path("items[0].id");
        for (String notAdmin : List.of(d.guardianA(), d.teacherA())) {
            Api.responseValidated(notAdmin).get(QUEUE).then().statusCode(403);
            resolve(notAdmin, report, Map.of("outcome", "dismissed")).then().statusCode(403);
        }
        TestDistrict other = TestDistrict.create();
        Api.validated(other.districtAdmin()).get(QUEUE).then().statusCode(200).body("items.id", not(hasItem(report)));
        resolve(other.districtAdmin(), report, Map.of("outcome", "dismissed")).then().statusCode(404);
    }

    @Test
    void dismissingResolvesEveryOpenReportOfTheMessageOnce() {
        Messaging.post(d.teacherA(), thread, "Let's keep it kind").then().statusCode(201);
        String first = reportOk(d.teacherA(), message, "harassment");
        String teacherMessage = Messaging.firstMessage(d.teacherA(), thread);
        reportOk(d.guardianA(), teacherMessage, "other");
        resolve(d.schoolAdmin(), first, Map.of("outcome", "dismissed")).then().statusCode(200)
                .body("state", equalTo("dismissed")).body("resolvedBy", equalTo(d.schoolAdminAccount.toString()))
                .body("resolvedAt", notNullValue());
        resolve(d.districtAdmin(), first, Map.of("outcome", "actioned")).then().statusCode(409)
                .body("code", equalTo("already_resolved"));
        Api.validated(d.schoolAdmin()).get(QUEUE).then().body("items.message.id", equalTo(List.of(teacherMessage)));
        Api.validated(d.schoolAdmin()).get(QUEUE + "?state=dismissed").then().body("items.id", equalTo(List.of(first)));
        Api.validated(d.guardianA()).get("/api/v1/threads/" + thread + "/messages/" + message).then()
                .body("deleted", equalTo(false));
    }

    @Test
    void actioningCanLockTheThreadAndRemoveTheMessage() {
        String report = reportOk(d.teacherA(), message, "harassment");
        resolve(d.districtAdmin(), report, Map.of("outcome", "actioned", "lockThread", true, "removeMessage", true))
                .then().statusCode(200).body("state", equalTo("actioned")).body("message.deleted", equalTo(true))
                .body("message.body", nullValue());
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/messages/" + message).then()
                .body("deleted", equalTo(true));
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread).then().body("locked", equalTo(true));
        Messaging.post(d.guardianA(), thread, "again").then().statusCode(409);
        assertEquals(0, Messaging.unread(d.teacherA(), thread));
    }

    @Test
    void aDismissalCannotCarryAnActionAndABadOutcomeIsRefused() {
        String report = reportOk(d.teacherA(), message, "spam");
        resolve(d.schoolAdmin(), report, Map.of("outcome", "dismissed", "lockThread", true)).then().statusCode(422);
        resolve(d.schoolAdmin(), report, Map.of("outcome", "ignored")).then().statusCode(422);
        resolve(d.schoolAdmin(), java.util.UUID.randomUUID().toString(), Map.of("outcome", "dismissed")).then().statusCode(404);
        Api.validated(d.schoolAdmin()).get(QUEUE).then().body("items.id", equalTo(List.of(report)));
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread).then().body("locked", equalTo(false));
    }

    @Test
    void theQueueIsPagedOldestFirstWithTamperProofCursors() {
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Messaging.post(d.guardianA(), thread, "rude " + i).then().statusCode(201);
            posted.add(Messaging.firstMessage(d.teacherA(), thread));
        }
        List<String> reports = new ArrayList<>();
        for (String m : posted) {
            reports.add(reportOk(d.teacherA(), m, "inappropriate"));
        }
        Response page1 = Api.validated(d.schoolAdmin()).queryParam("limit", 2).get(QUEUE);
        page1.then().statusCode(200).body("items.id", equalTo(reports.subList(0, 2))).header("Link", notNullValue());
        String cursor = page1.jsonPath().getString("nextCursor");
        Api.validated(d.schoolAdmin()).queryParam("limit", 2).queryParam("cursor", cursor).get(QUEUE).then()
                .body("items.id", equalTo(reports.subList(2, 3))).body("nextCursor", nullValue());
        Api.responseValidated(d.schoolAdmin()).queryParam("cursor", cursor + "x").get(QUEUE).then().statusCode(400);
        Api.responseValidated(d.schoolAdmin()).queryParam("cursor", cursor).queryParam("state", "dismissed").get(QUEUE)
                .then().statusCode(400);
        Api.responseValidated(d.schoolAdmin()).queryParam("state", "closed").get(QUEUE).then().statusCode(400);
        Api.responseValidated(d.schoolAdmin()).queryParam("limit", 101).get(QUEUE).then().statusCode(400);
        assertNotEquals(reports.get(0), reports.get(1));
    }
}
