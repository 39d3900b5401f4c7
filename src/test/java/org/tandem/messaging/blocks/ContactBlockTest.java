package org.tandem.messaging.blocks;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.messaging.Messaging;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class ContactBlockTest {

    private static final String BLOCKS = "/api/v1/me/blocks";
    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    private Response block(String token, UUID account) {
        return Api.responseValidated(token).contentType("application/json").body(Map.of("accountId", account.toString()))
                .post(BLOCKS);
    }

    private Response directThreadWithTeacherA(String guardianToken) {
        return Api.responseValidated(guardianToken).contentType("application/json")
                .body(Map.of("kind", "direct", "staffIds", List.of(d.teacherAStaffId.toString()),
                        "message", Map.of("body", "Can we talk?")))
                .post("/api/v1/threads");
    }

    @Test
    void aFamilyBlocksAnotherFamilyListsAndUnblocks() {
        Api.validated(d.guardianA()).contentType("application/json")
                .body(Map.of("accountId", d.guardianBAccount.toString())).post(BLOCKS).then().statusCode(201)
                .body("accountId", equalTo(d.guardianBAccount.toString())).body("displayName", equalTo("Parent B"))
                .body("blockedAt", notNullValue());
        Api.validated(d.guardianA()).contentType("application/json")
                .body(Map.of("accountId", d.guardianBAccount.toString())).post(BLOCKS).then().statusCode(200);
        Api.validated(d.guardianA()).get(BLOCKS).then().statusCode(200)
                .body("items.accountId", equalTo(List.of(d.guardianBAccount.toString()))).body("nextCursor", nullValue());
        Api.validated(d.guardianB()).get(BLOCKS).then().body("items", empty());
        Api.validated(d.guardianA()).delete(BLOCKS + "/" + d.guardianBAccount).then().statusCode(204);
        Api.responseValidated(d.guardianA()).delete(BLOCKS + "/" + d.guardianBAccount).then().statusCode(404);
        Api.validated(d.guardianA()).get(BLOCKS).then().body("items", empty());
    }

    @Test
    void familiesCannotBlockStaffButStaffCanBlockAnyone() {
        block(d.guardianA(), d.teacherAAccount).then().statusCode(403).body("code", equalTo("forbidden"));
        block(d.guardianA(), d.districtAdminAccount).then().statusCode(403);
        Api.validated(d.guardianA()).get(BLOCKS).then().body("items", empty());
        block(d.teacherA(), d.guardianAAccount).then().statusCode(201);
        block(d.teacherA(), d.teacherBAccount).then().statusCode(201);
    }

    @Test
    void badBlocksAreRefusedAndChangeNothing() {
        block(d.guardianA(), d.guardianAAccount).then().statusCode(422).body("code", equalTo("cannot_block_self"));
        block(d.guardianA(), UUID.randomUUID()).then().statusCode(404);
        block(d.guardianA(), TestDistrict.create().guardianAAccount).then().statusCode(404);
        Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of("accountId", "nobody"))
                .post(BLOCKS).then().statusCode(400);
        Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of()).post(BLOCKS)
                .then().statusCode(422);
        Api.responseValidated(d.guardianA()).queryParam("cursor", "forged").get(BLOCKS).then().statusCode(400);
        Api.validated(d.guardianA()).get(BLOCKS).then().body("items", empty());
    }

    @Test
    void aBlockedFamilyCannotStartADirectThreadWithTheBlocker() {
        block(d.teacherA(), d.guardianAAccount).then().statusCode(201);
        directThreadWithTeacherA(d.guardianA()).then().statusCode(404).body("code", equalTo("not_found"));
        Api.validated(d.teacherA()).get("/api/v1/threads").then().body("items", empty());
        Api.validated(d.teacherA()).delete(BLOCKS + "/" + d.guardianAAccount).then().statusCode(204);
        directThreadWithTeacherA(d.guardianA()).then().statusCode(201);
    }

    @Test
    void theBlockerNoLongerSeesTheBlockedPersonsMessages() {
        String thread = Api.validated(d.schoolAdmin()).contentType("application/json")
                .body(Map.of("kind", "group", "subject", "Bake sale volunteers",
                        "guardianIds", List.of(d.guardianAId.toString(), d.guardianBId.toString()),
                        "message", Map.of("body", "Who can help on Friday?")))
                .post("/api/v1/threads").then().statusCode(201).extract().path("id");
        Messaging.post(d.guardianB(), thread, "Unwelcome remark about the bake sale").then().statusCode(201);
        Messaging.post(d.guardianA(), thread, "I can help with the bake sale").then().statusCode(201);
        block(d.guardianA(), d.guardianBAccount).then().statusCode(201);

        Api.validated(d.guardianA()).get("/api/v1/threads/" + thread + "/messages").then().statusCode(200)
                .body("items.body", equalTo(List.of("I can help with the bake sale", "Who can help on Friday?")));
        Api.validated(d.guardianA()).queryParam("q", "bake sale").get("/api/v1/messages/search").then()
                .body("items.body", equalTo(List.of("I can help with the bake sale")));
        Api.validated(d.schoolAdmin()).get("/api/v1/threads/" + thread + "/messages").then()
                .body("items.size()", equalTo(3));
        Api.validated(d.guardianB()).get("/api/v1/threads/" + thread + "/messages").then()
                .body("items.size()", equalTo(3));
    }

    @Test
    void aBlockedPersonsMessagesDoNotCountAsUnreadForTheBlocker() {
        String thread = Api.validated(d.schoolAdmin()).contentType("application/json")
                .body(Map.of("kind", "group", "subject", "Library helpers",
                        "guardianIds", List.of(d.guardianAId.toString(), d.guardianBId.toString()),
                        "message", Map.of("body", "Welcome")))
                .post("/api/v1/threads").then().statusCode(201).extract().path("id");
        Messaging.post(d.guardianB(), thread, "one").then().statusCode(201);
        assertEquals(2, Messaging.unread(d.guardianA(), thread));
        block(d.guardianA(), d.guardianBAccount).then().statusCode(201);
        assertEquals(1, Messaging.unread(d.guardianA(), thread), "blocking recounts");
        Messaging.post(d.guardianB(), thread, "two").then().statusCode(201);
        assertEquals(1, Messaging.unread(d.guardianA(), thread), "new messages of the blocked person do not count");
        Api.validated(d.guardianA()).delete(BLOCKS + "/" + d.guardianBAccount).then().statusCode(204);
        assertEquals(3, Messaging.unread(d.guardianA(), thread), "unblocking brings them back");
        Messaging.markRead(d.guardianA(), thread, 2);
        assertEquals(1, Messaging.unread(d.guardianA(), thread));
    }

    @Test
    void anonymousCallersAreRefused() {
        Api.responseValidated().get(BLOCKS).then().statusCode(401);
    }
}
