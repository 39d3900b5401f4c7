package org.tandem.privacy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.messaging.Messaging;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Deleting a family's account: links, sign-ins and devices go; what they wrote to others stays as "a former member". */
@QuarkusTest
class AccountDeletionTest {

    private TestDistrict d;
    private String direct;
    private String email;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        direct = Messaging.directThread(d.teacherA(), d.guardianAId, "Can we talk on Friday?");
        Messaging.post(d.guardianA(), direct, "Yes, after three works").then().statusCode(201);
        email = d.inTenantReturning(em -> (String) em.createNativeQuery("SELECT email FROM account WHERE id = ?1")
                .setParameter(1, d.guardianAAccount).getSingleResult());
    }

    private io.restassured.response.Response delete(String token, UUID account) {
        return Api.responseValidated(token).post("/api/v1/accounts/" + account + "/erasure");
    }

    @Test
    void theirMessagesInOthersThreadsStayAsAFormerMember() {
        Api.validated(d.districtAdmin()).post("/api/v1/accounts/" + d.guardianAAccount + "/erasure").then().statusCode(201)
                .body("kind", equalTo("account"));
        Api.validated(d.teacherA()).get("/api/v1/threads/" + direct + "/messages").then().statusCode(200)
                .body("items.body", hasItem("Yes, after three works"))
                .body("items.find { it.body == 'Yes, after three works' }.authorName", equalTo("A former member"))
                .body("items.find { it.body == 'Yes, after three works' }.authorRole", equalTo("guardian"));
    }

    @Test
    void theirLinksRecordsAndSignInsGo() {
        delete(d.districtAdmin(), d.guardianAAccount).then().statusCode(201);
        assertEquals(Map.of(), CatalogScan.find(d.guardianAId, List.of(email)));
        Api.responseValidated(d.guardianA()).get("/api/v1/me").then().statusCode(401);
        Api.validated(d.schoolAdmin()).get("/api/v1/students/" + d.studentA).then().statusCode(200);
        delete(d.districtAdmin(), d.guardianAAccount).then().statusCode(404);
    }

    @Test
    void aGuardianDeletesTheirOwnAccount() {
        Api.validated(d.guardianB()).post("/api/v1/me/erasure").then().statusCode(201).body("orderedByRole", equalTo("guardian"));
        Api.responseValidated(d.guardianB()).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void onlyAFamilysAccountIsDeletedAndOnlyByADistrictAdministrator() {
        delete(d.teacherA(), d.guardianAAccount).then().statusCode(403);
        delete(d.schoolAdmin(), d.guardianAAccount).then().statusCode(403);
        delete(d.guardianB(), d.guardianAAccount).then().statusCode(403);
        delete(TestDistrict.create().districtAdmin(), d.guardianAAccount).then().statusCode(404);
        delete(d.districtAdmin(), d.teacherAAccount).then().statusCode(409).body("code", equalTo("not_a_family_account"));
        delete(d.districtAdmin(), d.districtAdminAccount).then().statusCode(409);
        delete(d.districtAdmin(), UUID.randomUUID()).then().statusCode(404);
        Api.responseValidated(d.teacherA()).post("/api/v1/me/erasure").then().statusCode(403);
        Api.validated(d.guardianA()).get("/api/v1/me").then().statusCode(200);
    }
}
