package org.tandem.directory;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Guardianship changes: If-Match required, no-contact, one link per student and guardian. */
@QuarkusTest
class GuardianshipsTest {

    private TestDistrict d;
    private String link;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        link = "/api/v1/guardianships/" + d.guardianshipA;
    }

    private Response patch(String ifMatch, String body) {
        var request = Api.validated(d.schoolAdmin()).contentType("application/merge-patch+json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.patch(link);
    }

    @Test
    void changingAGuardianshipWithoutIfMatchIsA428AndChangesNothing() {
        patch(null, "{\"noContact\": true}").then().statusCode(428).body("code", equalTo("precondition_required"));
        Api.validated(d.schoolAdmin()).get(link).then().header("ETag", "\"0\"").body("noContact", equalTo(false));
    }

    @Test
    void aStaleIfMatchIsA412AndTheNewerChangeStays() {
        patch("\"0\"", "{\"noContact\": true}").then().statusCode(200).header("ETag", "\"1\"").body("noContact", equalTo(true));
        patch("\"0\"", "{\"noContact\": false, \"mayMessageStaff\": false}").then().statusCode(412)
                .body("code", equalTo("precondition_failed"));
        Api.validated(d.schoolAdmin()).get(link).then().body("noContact", equalTo(true)).body("mayMessageStaff", equalTo(true));
    }

    @Test
    void aNoContactOrderTakesTheGuardianOutOfTheStudentsRecords() {
        Api.validated(d.guardianA()).get("/api/v1/guardians/" + d.guardianAId).then().statusCode(403);
        patch("\"0\"", "{\"noContact\": true, \"receivesCommunications\": false, \"relationship\": \"guardian\"}")
                .then().statusCode(200).body("relationship", equalTo("guardian"))
                .body("receivesCommunications", equalTo(false)).body("educationalRights", equalTo(true));
        d.inTenant(em -> {
            Guardianship g = em.find(Guardianship.class, d.guardianshipA);
            org.junit.jupiter.api.Assertions.assertTrue(g.noContact());
            org.junit.jupiter.api.Assertions.assertFalse(g.permissions().receivesCommunications());
        });
    }

    @Test
    void aSecondLinkOfTheSamePairIsAConflict() {
        Api.validated(d.districtAdmin()).contentType("application/json")
                .body(Map.of("studentId", d.studentA, "guardianId", d.guardianAId, "relationship", "father"))
                .post("/api/v1/guardianships").then().statusCode(409).body("code", equalTo("already_exists"));
        Api.validated(d.districtAdmin()).queryParam("studentId", d.studentA.toString()).get("/api/v1/guardianships")
                .then().body("items.size()", equalTo(2));
    }

    @Test
    void anInvalidChangeIsRefusedAndChangesNothing() {
        Api.raw(d.schoolAdmin()).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"noContact\": null}").patch(link).then().statusCode(422).body("errors.field", equalTo(List.of("noContact")));
        Api.raw(d.schoolAdmin()).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"relationship\": \"uncle\"}").patch(link).then().statusCode(400);
        Api.raw(d.schoolAdmin()).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"studentId\": \"" + d.studentB + "\"}").patch(link).then().statusCode(400)
                .body("code", equalTo("invalid_patch"));
        Api.validated(d.schoolAdmin()).get(link).then().header("ETag", "\"0\"").body("relationship", equalTo("mother"))
                .body("studentId", equalTo(d.studentA.toString()));
    }
}
