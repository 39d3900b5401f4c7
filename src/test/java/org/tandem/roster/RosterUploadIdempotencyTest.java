package org.tandem.roster;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.roster.OneRosterPackages.waitFor;
import static org.tandem.roster.OneRosterPackages.zip;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Idempotency-Key on the streamed upload: a retry answers the first job; another package or query is a 422. */
@QuarkusTest
class RosterUploadIdempotencyTest {

    private static Response upload(String token, String key, byte[] zip, String query) {
        return Api.validated(token).contentType("application/zip").header("Idempotency-Key", key).body(zip)
                .post("/api/v1/roster/imports" + (query == null ? "" : "?" + query));
    }

    @Test
    void aRetriedUploadAnswersTheFirstJobAgainAndStartsNoOther() {
        TestDistrict d = TestDistrict.create();
        String first = upload(d.districtAdmin(), "upload-1", zip("v1p2-clean"), null).then().statusCode(202)
                .extract().path("id");
        assertEquals("succeeded", waitFor(d.districtAdmin(), first).getString("state"));
        upload(d.districtAdmin(), "upload-1", zip("v1p2-clean"), null).then().statusCode(202)
                .header("Idempotent-Replayed", "true").body("id", is(first));
        assertEquals(1L, RosterImportTest.count(d, "SELECT count(*) FROM roster_import WHERE tenant_id = :t"));

        upload(d.districtAdmin(), "upload-1", zip("v1p1-clean"), null).then().statusCode(422)
                .body("code", is("idempotency_key_reused"));
        upload(d.districtAdmin(), "upload-1", zip("v1p2-clean"), "dryRun=true").then().statusCode(422)
                .body("code", is("idempotency_key_reused"));
        Api.responseValidated(d.districtAdmin()).contentType("application/zip").header("Idempotency-Key", "has space")
                .body(zip("v1p2-clean")).post("/api/v1/roster/imports").then().statusCode(400)
                .body("code", is("invalid_parameter"));

        // A refused upload frees its key for a corrected retry.
        upload(d.districtAdmin(), "upload-2", "not a zip".getBytes(), null).then().statusCode(422)
                .body("code", is("invalid_package"));
        String second = upload(d.districtAdmin(), "upload-2", zip("v1p2-clean"), "dryRun=true").then().statusCode(202)
                .extract().path("id");
        assertEquals("succeeded", waitFor(d.districtAdmin(), second).getString("state"));
        assertEquals(2L, RosterImportTest.count(d, "SELECT count(*) FROM roster_import WHERE tenant_id = :t"));
    }
}
