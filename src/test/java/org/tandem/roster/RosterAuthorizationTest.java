package org.tandem.roster;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.tandem.roster.OneRosterPackages.importAndWait;
import static org.tandem.roster.OneRosterPackages.integrator;
import static org.tandem.roster.OneRosterPackages.upload;
import static org.tandem.roster.OneRosterPackages.zip;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.access.Scopes;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/**
 * Who may import and follow imports (roles × scopes × other district), and what an integrator
 * reaches: the directory it synced with directory.read, and nothing else.
 */
@QuarkusTest
class RosterAuthorizationTest {

    private static final List<String> DIRECTORY_LISTS = List.of("/api/v1/schools", "/api/v1/academic-terms",
            "/api/v1/classes", "/api/v1/staff", "/api/v1/students", "/api/v1/guardians", "/api/v1/guardianships",
            "/api/v1/enrollments", "/api/v1/teaching-assignments");

    private TestDistrict d;
    private String jobId;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        jobId = importAndWait(d.districtAdmin(), zip("v1p2-clean"), null).getString("id");
    }

    @Test
    void onlyDistrictAdminsAndIntegratorsWithRosterWriteImport() {
        importAndWait(integrator(d.tenantId, Scopes.ROSTER_WRITE), zip("v1p2-clean"), "dryRun=true");
        for (String token : List.of(d.schoolAdmin(), d.teacherA(), d.guardianA(),
                integrator(d.tenantId, Scopes.ROSTER_READ, Scopes.DIRECTORY_READ), integrator(d.tenantId))) {
            Api.responseValidated(token).contentType("application/zip").body(zip("v1p2-clean"))
                    .post("/api/v1/roster/imports").then().statusCode(403).body("code", is("forbidden"));
        }
        Api.responseValidated().contentType("application/zip").body(zip("v1p2-clean"))
                .post("/api/v1/roster/imports").then().statusCode(401);
    }

    @Test
    void importsAreFollowedWithRosterReadAndInvisibleToOtherDistricts() {
        String path = "/api/v1/roster/imports/" + jobId;
        Api.validated(integrator(d.tenantId, Scopes.ROSTER_READ)).get(path).then().statusCode(200);
        Api.validated(integrator(d.tenantId, Scopes.ROSTER_READ)).get(path + "/changes").then().statusCode(200);
        Api.validated(integrator(d.tenantId, Scopes.ROSTER_READ)).get("/api/v1/roster/imports").then().statusCode(200)
                .body("items", hasSize(1));
        for (String token : List.of(d.schoolAdmin(), d.teacherA(), d.guardianA(), integrator(d.tenantId, Scopes.DIRECTORY_READ))) {
            Api.responseValidated(token).get(path).then().statusCode(403);
            Api.responseValidated(token).get("/api/v1/roster/imports").then().statusCode(403);
        }
        TestDistrict other = TestDistrict.create();
        Api.responseValidated(other.districtAdmin()).get(path).then().statusCode(404);
        Api.responseValidated(integrator(other.tenantId, Scopes.ROSTER_READ)).get(path + "/changes").then().statusCode(404);
        Api.validated(other.districtAdmin()).get("/api/v1/roster/imports").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void anIntegratorWithDirectoryReadReadsTheDirectoryItSyncedBySourcedId() {
        String reader = integrator(d.tenantId, Scopes.DIRECTORY_READ);
        for (String list : DIRECTORY_LISTS) {
            Api.validated(reader).get(list).then().statusCode(200);
        }
        String noah = Api.validated(reader).get("/api/v1/students?sourcedId=u-noah").then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0].id");
        Api.validated(reader).get("/api/v1/students/" + noah).then().statusCode(200).body("sourcedId", is("u-noah"));
        Api.validated(reader).get("/api/v1/classes?sourcedId=cls-math-3a").then().body("items", hasSize(1));
        Api.validated(reader).get("/api/v1/staff?limit=2").then().body("items", hasSize(2));
        Api.validated(reader).get("/api/v1/guardians/" + d.guardianAId).then().statusCode(200);
        // The read of a student's record is a disclosure, written to the audit log.
        Api.validated(d.districtAdmin()).get("/api/v1/students/" + noah + "/audit-events").then().statusCode(200)
                .body("items.purpose", org.hamcrest.Matchers.hasItem("integration"));

        TestDistrict other = TestDistrict.create();
        Api.responseValidated(integrator(other.tenantId, Scopes.DIRECTORY_READ)).get("/api/v1/students/" + noah)
                .then().statusCode(404);
    }

    @Test
    void anIntegratorNeverReachesAnythingButTheDirectory() {
        String reader = integrator(d.tenantId, Scopes.DIRECTORY_READ, Scopes.ROSTER_READ, Scopes.ROSTER_WRITE);
        for (String path : List.of("/api/v1/threads", "/api/v1/threads/unread-count", "/api/v1/me",
                "/api/v1/students/" + d.studentA + "/invitations", "/api/v1/api-clients")) {
            Api.responseValidated(reader).get(path).then().statusCode(403);
        }
        Api.responseValidated(reader).contentType("application/json")
                .body(Map.of("schoolId", d.schoolId.toString(), "givenName", "New", "familyName", "Student"))
                .post("/api/v1/students").then().statusCode(403);
        Api.responseValidated(reader).contentType("application/merge-patch+json").body("{\"givenName\": \"X\"}")
                .patch("/api/v1/students/" + d.studentA).then().statusCode(403);
        for (String list : DIRECTORY_LISTS) {
            Api.responseValidated(integrator(d.tenantId, Scopes.ROSTER_WRITE)).get(list).then().statusCode(403);
        }
    }
}
