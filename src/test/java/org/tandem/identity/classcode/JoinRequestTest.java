package org.tandem.identity.classcode;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.identity.JoiningFixtures.count;
import static org.tandem.identity.JoiningFixtures.value;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class JoinRequestTest {

    TestDistrict d;
    String codeA;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        codeA = Api.validated(d.teacherA()).get("/api/v1/classes/{id}/code", d.classA).then().statusCode(200)
                .extract().path("code");
    }

    static Map<String, Object> joining(String code, String studentName) {
        return Map.of("code", code, "studentName", studentName, "relationship", "grandparent");
    }

    String ask(String token, String studentName) {
        return Api.validated(token).contentType("application/json").body(joining(codeA, studentName))
                .post("/api/v1/join-requests").then().statusCode(201).extract().path("id");
    }

    @Test
    void aFamilyMemberAsksToJoinAndTheRequestIsPending() {
        Api.validated(d.guardianB()).contentType("application/json").body(joining(codeA, "  Sam Alpha "))
                .post("/api/v1/join-requests")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/join-requests/"))
                .body("classId", equalTo(d.classA.toString()))
                .body("accountId", equalTo(d.guardianBAccount.toString()))
                .body("studentName", equalTo("Sam Alpha"))
                .body("relationship", equalTo("grandparent"))
                .body("state", equalTo("pending"))
                .body("studentId", nullValue());
    }

    @Test
    void theSamePendingRequestTwiceIsAConflict() {
        ask(d.guardianB(), "Sam Alpha");
        Api.validated(d.guardianB()).contentType("application/json").body(joining(codeA.toLowerCase(), "sam alpha"))
                .post("/api/v1/join-requests")
                .then().statusCode(409).body("code", equalTo("join_request_pending"));
        ask(d.guardianA(), "Sam Alpha");
        assertEquals(2, count(d, "SELECT count(*) FROM join_request WHERE tenant_id = :tenant"));
    }

    @Test
    void anUnknownCodeOrAnotherDistrictsCodeIsNotFound() {
        TestDistrict other = TestDistrict.create();
        String otherCode = Api.validated(other.teacherA()).get("/api/v1/classes/{id}/code", other.classA)
                .then().extract().path("code");
        for (String code : new String[] {"ZZZZZZZZ", otherCode}) {
            Api.validated(d.guardianB()).contentType("application/json").body(joining(code, "Sam Alpha"))
                    .post("/api/v1/join-requests").then().statusCode(404).body("code", equalTo("not_found"));
        }
        assertEquals(0, count(other, "SELECT count(*) FROM join_request WHERE tenant_id = :tenant"));
    }

    @Test
    void guessingCodesIsLimitedPerAccount() {
        for (int i = 0; i < 20; i++) {
            Api.validated(d.guardianB()).contentType("application/json").body(joining("WRONG" + (100 + i), "Sam Alpha"))
                    .post("/api/v1/join-requests").then().statusCode(404);
        }
        Api.validated(d.guardianB()).contentType("application/json").body(joining(codeA, "Sam Alpha"))
                .post("/api/v1/join-requests")
                .then().statusCode(429).header("Retry-After", notNullValue()).body("code", equalTo("rate_limited"));
        ask(d.guardianA(), "Sam Alpha");
    }

    @Test
    void askingNeedsASignedInPerson() {
        Api.raw().contentType("application/json").body(joining(codeA, "Sam Alpha"))
                .post("/api/v1/join-requests").then().statusCode(401);
        Api.raw().get("/api/v1/me/join-requests").then().statusCode(401);
    }

    @Test
    void badInputAndUnknownFieldsChangeNothing() {
        Map<String, Object> withState = new HashMap<>(joining(codeA, "Sam Alpha"));
        withState.put("state", "approved");
        Api.raw(d.guardianB()).contentType("application/json").body(withState).post("/api/v1/join-requests")
                .then().statusCode(400).body("code", equalTo("unknown_field"));
        Api.raw(d.guardianB()).contentType("application/json").body(Map.of("code", codeA, "relationship", "mother"))
                .post("/api/v1/join-requests").then().statusCode(422).body("errors[0].field", equalTo("studentName"));
        Api.raw(d.guardianB()).contentType("application/json").body(joining(codeA, "x".repeat(101)))
                .post("/api/v1/join-requests").then().statusCode(422);
        assertEquals(0, count(d, "SELECT count(*) FROM join_request WHERE tenant_id = :tenant"));
    }

    @Test
    void theClassesStaffSeeTheQueueOldestFirstPageByPage() {
        String first = ask(d.guardianB(), "Sam Alpha");
        String second = ask(d.teacherB(), "Sam Alpha");
        var page = Api.validated(d.teacherA()).queryParam("limit", 1)
                .get("/api/v1/classes/{id}/join-requests", d.classA)
                .then().statusCode(200).body("items.id", contains(first)).extract().jsonPath();
        Api.validated(d.teacherA()).queryParam("limit", 1).queryParam("cursor", page.getString("nextCursor"))
                .get("/api/v1/classes/{id}/join-requests", d.classA)
                .then().statusCode(200).body("items.id", contains(second)).body("nextCursor", nullValue());
        Api.validated(d.teacherA()).queryParam("state", "declined")
                .get("/api/v1/classes/{id}/join-requests", d.classA).then().statusCode(200).body("items.size()", equalTo(0));
        Api.raw(d.teacherA()).queryParam("state", "bogus")
                .get("/api/v1/classes/{id}/join-requests", d.classA).then().statusCode(400);
    }

    @Test
    void onlyTheClassesStaffSeeItsQueue() {
        ask(d.guardianB(), "Sam Alpha");
        TestDistrict other = TestDistrict.create();
        for (String token : new String[] {d.teacherB(), other.teacherA(), other.districtAdmin()}) {
            Api.validated(token).get("/api/v1/classes/{id}/join-requests", d.classA).then().statusCode(404);
        }
        for (String token : new String[] {d.guardianA(), d.guardianB()}) {
            Api.validated(token).get("/api/v1/classes/{id}/join-requests", d.classA).then().statusCode(403);
        }
        Api.validated(d.schoolAdmin()).get("/api/v1/classes/{id}/join-requests", d.classA)
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void approvingLinksTheFamilyToTheStudentTheyNamed() {
        String id = ask(d.guardianB(), "Sam Alpha");
        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("studentId", d.studentA))
                .post("/api/v1/join-requests/{id}/approve", id)
                .then().statusCode(200)
                .body("state", equalTo("approved"))
                .body("studentId", equalTo(d.studentA.toString()))
                .body("decidedAt", notNullValue());
        assertEquals(1, count(d, """
                SELECT count(*) FROM guardianship WHERE guardian_id = :p1 AND student_id = :p2
                  AND relationship = 'grandparent' AND NOT educational_rights AND receives_communications
                  AND NOT no_contact AND active""", d.guardianBId, d.studentA));
        assertEquals(d.teacherAAccount, value(d, "SELECT decided_by FROM join_request WHERE id = :p1", UUID.fromString(id)));
        Api.validated(d.guardianB()).get("/api/v1/me/join-requests")
                .then().statusCode(200).body("items[0].id", equalTo(id)).body("items[0].state", equalTo("approved"));
    }

    @Test
    void approvingARequestOfSomeoneWithoutAGuardianRecordCreatesOne() {
        String id = ask(d.teacherB(), "Sam Alpha");
        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("studentId", d.studentA))
                .post("/api/v1/join-requests/{id}/approve", id).then().statusCode(200);
        assertEquals(1, count(d, """
                SELECT count(*) FROM guardianship g JOIN guardian r ON r.id = g.guardian_id
                WHERE r.account_id = :p1 AND g.student_id = :p2""", d.teacherBAccount, d.studentA));
    }

    @Test
    void theStudentMustBeEnrolledInTheRequestsClass() {
        String id = ask(d.guardianA(), "Sue Beta");
        for (UUID student : new UUID[] {d.studentB, UUID.randomUUID()}) {
            Api.validated(d.teacherA()).contentType("application/json").body(Map.of("studentId", student))
                    .post("/api/v1/join-requests/{id}/approve", id)
                    .then().statusCode(422).body("code", equalTo("student_not_in_class"));
        }
        Api.raw(d.teacherA()).contentType("application/json").body(Map.of())
                .post("/api/v1/join-requests/{id}/approve", id).then().statusCode(422);
        assertEquals("pending", value(d, "SELECT state FROM join_request WHERE id = :p1", UUID.fromString(id)));
        assertEquals(0, count(d, "SELECT count(*) FROM guardianship WHERE guardian_id = :p1 AND student_id = :p2",
                d.guardianAId, d.studentB));
    }

    @Test
    void aRequestIsDecidedOnce() {
        String approved = ask(d.guardianB(), "Sam Alpha");
        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("studentId", d.studentA))
                .post("/api/v1/join-requests/{id}/approve", approved).then().statusCode(200);
        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("studentId", d.studentA))
                .post("/api/v1/join-requests/{id}/approve", approved)
                .then().statusCode(409).body("code", equalTo("join_request_decided"));
        Api.validated(d.teacherA()).post("/api/v1/join-requests/{id}/decline", approved)
                .then().statusCode(409).body("code", equalTo("join_request_decided"));
    }

    @Test
    void twoStaffDecidingAtOnceGetOneDecision() throws Exception {
        String id = ask(d.guardianB(), "Sam Alpha");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var approve = pool.submit(() -> Api.validated(d.teacherA()).contentType("application/json")
                    .body(Map.of("studentId", d.studentA)).post("/api/v1/join-requests/{id}/approve", id).statusCode());
            var decline = pool.submit(() -> Api.validated(d.schoolAdmin())
                    .post("/api/v1/join-requests/{id}/decline", id).statusCode());
            var statuses = java.util.List.of(approve.get(), decline.get());
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        String state = (String) value(d, "SELECT state FROM join_request WHERE id = :p1", UUID.fromString(id));
        assertEquals(state.equals("approved") ? 1 : 0, count(d,
                "SELECT count(*) FROM guardianship WHERE guardian_id = :p1 AND student_id = :p2", d.guardianBId, d.studentA));
    }

    @Test
    void decliningLinksNothing() {
        String id = ask(d.guardianB(), "Sam Alpha");
        Api.validated(d.teacherA()).post("/api/v1/join-requests/{id}/decline", id)
                .then().statusCode(200).body("state", equalTo("declined")).body("studentId", nullValue());
        assertEquals(0, count(d, "SELECT count(*) FROM guardianship WHERE guardian_id = :p1 AND student_id = :p2",
                d.guardianBId, d.studentA));
        ask(d.guardianB(), "Sam Alpha"); // a declined request does not block asking again
    }

    @Test
    void onlyTheClassesStaffDecide() {
        String id = ask(d.guardianB(), "Sam Alpha");
        TestDistrict other = TestDistrict.create();
        for (String token : new String[] {d.teacherB(), other.teacherA(), other.districtAdmin()}) {
            Api.validated(token).contentType("application/json").body(Map.of("studentId", d.studentA))
                    .post("/api/v1/join-requests/{id}/approve", id).then().statusCode(404);
            Api.validated(token).post("/api/v1/join-requests/{id}/decline", id).then().statusCode(404);
        }
        for (String token : new String[] {d.guardianA(), d.guardianB()}) {
            Api.validated(token).contentType("application/json").body(Map.of("studentId", d.studentA))
                    .post("/api/v1/join-requests/{id}/approve", id).then().statusCode(403);
            Api.validated(token).post("/api/v1/join-requests/{id}/decline", id).then().statusCode(403);
        }
        Api.raw().post("/api/v1/join-requests/{id}/decline", id).then().statusCode(401);
        assertEquals("pending", value(d, "SELECT state FROM join_request WHERE id = :p1", UUID.fromString(id)));
    }

    @Test
    void familiesSeeOnlyTheirOwnRequestsNewestFirst() {
        String older = ask(d.guardianB(), "Sam Alpha");
        String newer = ask(d.guardianB(), "Sam's cousin");
        ask(d.guardianA(), "Sam Alpha");
        var page = Api.validated(d.guardianB()).queryParam("limit", 1).get("/api/v1/me/join-requests")
                .then().statusCode(200).body("items.id", contains(newer)).extract().jsonPath();
        Api.validated(d.guardianB()).queryParam("limit", 1).queryParam("cursor", page.getString("nextCursor"))
                .get("/api/v1/me/join-requests")
                .then().statusCode(200).body("items.id", contains(older)).body("nextCursor", nullValue());
        Api.validated(TestDistrict.create().guardianB()).get("/api/v1/me/join-requests")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }
}
