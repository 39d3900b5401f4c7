package org.tandem.messaging.search;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.messaging.Messaging;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class MessageSearchTest {

    private static final String SEARCH = "/api/v1/messages/search";
    private TestDistrict d;
    private String threadA;
    private String threadB;

    @BeforeEach
    void twoFamiliesBothTalkingAboutTheFieldTrip() {
        d = TestDistrict.create();
        threadA = Messaging.studentThread(d.teacherA(), d.studentA, "Sam's field trip form is missing");
        threadB = Messaging.studentThread(d.teacherB(), d.studentB, "Sue's field trip form arrived");
    }

    private Response search(String token, String q) {
        return Api.validated(token).queryParam("q", q).get(SEARCH);
    }

    @Test
    void aFamilyFindsOnlyTheirOwnMessages() {
        search(d.guardianA(), "field trip").then().statusCode(200)
                .body("items.body", equalTo(List.of("Sam's field trip form is missing")))
                .body("items[0].threadId", equalTo(threadA)).body("nextCursor", nullValue());
        search(d.guardianB(), "field trip").then().body("items.body", equalTo(List.of("Sue's field trip form arrived")));
        search(d.teacherA(), "form").then().body("items.threadId", equalTo(List.of(threadA)));
        search(d.noContactGuardian(), "field trip").then().body("items", empty());
        search(TestDistrict.create().guardianA(), "field trip").then().body("items", empty());
        search(d.districtAdmin(), "field trip").then().body("items", empty());
    }

    @Test
    void searchUnderstandsWebSearchSyntax() {
        Messaging.post(d.guardianA(), threadA, "I will sign the form tonight").then().statusCode(201);
        search(d.guardianA(), "form -missing").then().body("items.body", equalTo(List.of("I will sign the form tonight")));
        search(d.guardianA(), "\"field trip\"").then().body("items.size()", equalTo(1));
        search(d.guardianA(), "FORM").then().body("items.size()", equalTo(2));
        search(d.guardianA(), "zebra").then().body("items", empty());
    }

    @Test
    void deletedAndHiddenMessagesNeverMatch() {
        Messaging.post(d.guardianA(), threadA, "Oops, wrong form").then().statusCode(201);
        String oops = Messaging.firstMessage(d.guardianA(), threadA);
        Messaging.post(d.teacherA(), threadA, "Another form reminder").then().statusCode(201);
        String reminder = Messaging.firstMessage(d.guardianA(), threadA);
        Api.validated(d.guardianA()).delete("/api/v1/threads/" + threadA + "/messages/" + oops).then().statusCode(200);
        Api.validated(d.guardianA()).post("/api/v1/threads/" + threadA + "/messages/" + reminder + "/hide")
                .then().statusCode(204);
        search(d.guardianA(), "form").then().body("items.body", equalTo(List.of("Sam's field trip form is missing")));
        search(d.teacherA(), "form").then().body("items.body",
                equalTo(List.of("Another form reminder", "Sam's field trip form is missing")));
    }

    @Test
    void searchCanBeNarrowedToOneOfTheCallersThreads() {
        String other = Messaging.directThread(d.teacherA(), d.guardianAId, "A second form");
        Api.validated(d.guardianA()).queryParam("q", "form").queryParam("threadId", other).get(SEARCH).then()
                .body("items.body", equalTo(List.of("A second form")));
        Api.responseValidated(d.guardianA()).queryParam("q", "form").queryParam("threadId", threadB).get(SEARCH)
                .then().statusCode(404);
        Api.responseValidated(d.guardianA()).queryParam("q", "form").queryParam("threadId", UUID.randomUUID())
                .get(SEARCH).then().statusCode(404);
    }

    @Test
    void resultsArePagedNewestFirstEachExactlyOnce() {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String body = "Reminder number " + i + " about the form";
            Messaging.post(d.teacherA(), threadA, body).then().statusCode(201);
            bodies.add(0, body);
        }
        bodies.add("Sam's field trip form is missing");
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.validated(d.guardianA()).queryParam("q", "form").queryParam("limit", 2);
            if (cursor != null) request.queryParam("cursor", cursor);
            Response page = request.get(SEARCH);
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.body"));
            cursor = page.jsonPath().getString("nextCursor");
            if (seen.size() == 2) {
                Messaging.post(d.teacherA(), threadA, "A late form arrives").then().statusCode(201);
            }
        } while (cursor != null);
        assertEquals(bodies, seen);
    }

    @Test
    void badQueriesAreRefused() {
        Api.responseValidated(d.guardianA()).get(SEARCH).then().statusCode(400).contentType("application/problem+json");
        Api.responseValidated(d.guardianA()).queryParam("q", "   ").get(SEARCH).then().statusCode(400);
        Api.responseValidated(d.guardianA()).queryParam("q", "x".repeat(201)).get(SEARCH).then().statusCode(400);
        Api.responseValidated(d.guardianA()).queryParam("q", "form").queryParam("limit", 0).get(SEARCH).then().statusCode(400);
        Api.responseValidated(d.guardianA()).queryParam("q", "form").queryParam("threadId", "nope").get(SEARCH)
                .then().statusCode(400);
        Messaging.post(d.teacherA(), threadA, "One more form").then().statusCode(201);
        String cursor = Api.validated(d.guardianA()).queryParam("q", "form").queryParam("limit", 1).get(SEARCH)
                .jsonPath().getString("nextCursor");
        Api.responseValidated(d.guardianA()).queryParam("q", "form").queryParam("cursor", "abc.def").get(SEARCH)
                .then().statusCode(400);
        Api.responseValidated(d.guardianA()).queryParam("q", "trip").queryParam("cursor", cursor).get(SEARCH)
                .then().statusCode(400).body("code", org.hamcrest.Matchers.equalTo("invalid_parameter"));
        Api.responseValidated(d.guardianB()).queryParam("q", "form").queryParam("cursor", cursor).get(SEARCH)
                .then().statusCode(400);
        Api.responseValidated().queryParam("q", "form").get(SEARCH).then().statusCode(401);
    }
}
