package org.tandem.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Reading a student is a disclosure; administrators page through or export the student's log. */
@QuarkusTest
class StudentAuditTest {

    private TestDistrict d;
    private String events;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        events = "/api/v1/students/" + d.studentA + "/audit-events";
    }

    @Test
    void readingAStudentIsWrittenToTheirAuditLog() {
        Api.validated(d.schoolAdmin()).header("X-Request-Id", "req-audit-1").get("/api/v1/students/" + d.studentA)
                .then().statusCode(200);
        Api.validated(d.districtAdmin()).get(events).then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].actorId", equalTo(d.schoolAdminAccount.toString()))
                .body("items[0].actorRole", equalTo("school_admin"))
                .body("items[0].action", equalTo("directory.student.read"))
                .body("items[0].purpose", equalTo("administration"))
                .body("items[0].requestId", equalTo("req-audit-1"));
        Api.validated(d.districtAdmin()).get("/api/v1/students/" + d.studentB + "/audit-events").then()
                .body("items", equalTo(List.of()));
    }

    @Test
    void refusedReadsAreNotDisclosures() {
        Api.validated(d.teacherA()).get("/api/v1/students/" + d.studentA).then().statusCode(403);
        Api.validated(SecondSchool.in(d).admin()).get("/api/v1/students/" + d.studentA).then().statusCode(404);
        Api.validated(d.districtAdmin()).get(events).then().body("items", equalTo(List.of()));
    }

    @Test
    void theLogIsPagedOldestFirst() {
        for (int i = 0; i < 5; i++) {
            Api.validated(d.schoolAdmin()).header("X-Request-Id", "req-" + i).get("/api/v1/students/" + d.studentA);
        }
        var first = Api.validated(d.districtAdmin()).queryParam("limit", 3).get(events);
        first.then().statusCode(200).header("Link", containsString("rel=\"next\""))
                .body("items.requestId", equalTo(List.of("req-0", "req-1", "req-2")));
        Api.validated(d.districtAdmin()).queryParam("limit", 3).queryParam("cursor", first.jsonPath().getString("nextCursor"))
                .get(events).then().statusCode(200).body("items.requestId", equalTo(List.of("req-3", "req-4")))
                .body("nextCursor", equalTo(null));
    }

    @Test
    void theWholeLogExportsAsCsv() {
        for (int i = 0; i < 3; i++) {
            Api.validated(d.schoolAdmin()).header("X-Request-Id", "csv-" + i).get("/api/v1/students/" + d.studentA);
        }
        String csv = Api.validated(d.districtAdmin()).accept("text/csv").queryParam("limit", 1).get(events).then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        org.junit.jupiter.api.Assertions.assertEquals("occurredAt,actorId,actorRole,action,purpose,requestId,id", lines.get(0));
        org.junit.jupiter.api.Assertions.assertEquals(4, lines.size(), csv);
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(1).contains("\"school_admin\",\"directory.student.read\",\"administration\",\"csv-0\""), lines.get(1));
    }

    @Test
    void theExportIsForTheStudentsAdministratorsOnly() {
        Api.validated(d.teacherA()).accept("text/csv").get(events).then().statusCode(403);
        Api.validated(SecondSchool.in(d).admin()).accept("text/csv").get(events).then().statusCode(404);
        Api.validated(TestDistrict.create().districtAdmin()).accept("text/csv").get(events).then().statusCode(404);
    }
}
