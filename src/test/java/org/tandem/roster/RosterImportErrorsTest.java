package org.tandem.roster;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.roster.OneRosterPackages.broken;
import static org.tandem.roster.OneRosterPackages.importAndWait;
import static org.tandem.roster.OneRosterPackages.text;
import static org.tandem.roster.OneRosterPackages.upload;
import static org.tandem.roster.OneRosterPackages.zip;
import static org.tandem.roster.RosterImportTest.count;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Broken packages fail as a whole, with every error at its file, line and column; nothing is half-imported. */
@QuarkusTest
class RosterImportErrorsTest {

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    private JsonPath failed(byte[] zip) {
        JsonPath job = importAndWait(d.districtAdmin(), zip, null);
        assertEquals("failed", job.getString("state"), job::prettify);
        assertEquals(0L, count(d, "SELECT count(*) FROM student WHERE tenant_id = :t AND sourced_id IS NOT NULL"),
                "nothing is imported");
        assertEquals(0L, count(d, "SELECT count(*) FROM school WHERE tenant_id = :t AND sourced_id IS NOT NULL"));
        return job;
    }

    private static void hasError(JsonPath job, String file, Integer line, String column, String reasonPart) {
        List<Map<String, Object>> errors = job.getList("errors");
        assertTrue(errors.stream().anyMatch(e -> file.equals(e.get("file")) && (line == null || line.equals(e.get("line")))
                && (column == null || column.equals(e.get("column"))) && ((String) e.get("reason")).contains(reasonPart)),
                () -> "expected " + file + ":" + line + " " + column + " '" + reasonPart + "' in " + errors);
    }

    @Test
    void aMissingRequiredColumnFailsTheImport() {
        JsonPath job = failed(broken("missing-column"));
        hasError(job, "users.csv", 1, "givenName", "required column givenName is missing");
    }

    @Test
    void columnsOutOfTheSpecificationsOrderFailTheImport() {
        hasError(failed(broken("wrong-order")), "classes.csv", 1, "grades", "order");
    }

    @Test
    void aBadDateIsReportedAtItsLineAndColumn() {
        hasError(failed(broken("bad-date")), "academicSessions.csv", 4, "startDate", "must be a date");
    }

    @Test
    void anUnknownEnumerationValueIsReported() {
        hasError(failed(broken("unknown-enum")), "orgs.csv", 4, "type", "campus");
    }

    @Test
    void everyDanglingSourcedIdIsListedNotOnlyTheFirst() {
        JsonPath job = failed(broken("dangling"));
        assertEquals(2, job.getInt("errorCount"), job::prettify);
        hasError(job, "enrollments.csv", 5, "classSourcedId", "cls-nope");
        hasError(job, "enrollments.csv", 7, "userSourcedId", "u-nobody");
    }

    @Test
    void aNameThatLooksLikeASpreadsheetFormulaIsRefused() {
        hasError(failed(broken("injection")), "users.csv", 3, "givenName", "spreadsheet formula");
    }

    @Test
    void invalidUtf8IsReported() {
        Map<String, byte[]> files = new HashMap<>();
        byte[] orgs = text("sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
                + "org-lincoln,,,Lincoln XX,school,LE,\n");
        orgs[orgs.length - 12] = (byte) 0xC3;
        orgs[orgs.length - 11] = (byte) 0x28;
        files.put("orgs.csv", orgs);
        hasError(failed(zip("v1p2-clean", files)), "orgs.csv", null, null, "not valid UTF-8");
    }

    @Test
    void aDeltaRowWithoutItsStatusIsReported() {
        Map<String, byte[]> files = new HashMap<>(OneRosterPackages.files("v1p2-delta"));
        files.put("enrollments.csv", text("sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,"
                + "role,primary,beginDate,endDate\nenr-x,,,cls-reading-3a,org-lincoln,u-noah,student,false,,\n"));
        JsonPath job = failed(OneRosterPackages.zipOf(files));
        hasError(job, "enrollments.csv", 2, "status", "required in a delta file");
        hasError(job, "enrollments.csv", 2, "dateLastModified", "required in a delta file");
    }

    @Test
    void notAZipIsA422AndNoJob() {
        upload(d.districtAdmin(), text("sourcedId,name\n"), null).then().statusCode(422)
                .contentType("application/problem+json").body("code", is("invalid_package"));
        Api.validated(d.districtAdmin()).get("/api/v1/roster/imports").then().statusCode(200)
                .body("items.size()", is(0));
    }

    @Test
    void aManifestThatNamesAnAbsentFileIsA422() {
        Map<String, byte[]> files = new HashMap<>();
        files.put("courses.csv", null);
        upload(d.districtAdmin(), zip("v1p2-clean", files), null).then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("courses.csv"));
    }

    @Test
    void aPackageInAFolderIsA422() {
        Map<String, byte[]> files = new HashMap<>();
        files.put("../evil.csv", text("x"));
        upload(d.districtAdmin(), zip("v1p2-clean", files), null).then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("flat"));
    }

    @Test
    void aZipBombFailsTheJobWithoutFillingAnything() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : OneRosterPackages.files("v1p2-clean").entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                if (file.getKey().equals("users.csv")) {
                    byte[] filler = new byte[1 << 20];
                    java.util.Arrays.fill(filler, (byte) ' ');
                    for (int i = 0; i < 40; i++) { // 40 MiB of spaces: over the test limit of 32 MiB, a few KiB zipped
                        zip.write(filler);
                    }
                }
                zip.closeEntry();
            }
        }
        assertTrue(bytes.size() < 200_000);
        JsonPath job = failed(bytes.toByteArray());
        assertTrue(job.getString("failure").contains("zip bomb"), job::prettify);
    }

    @Test
    void anUploadOverTheLimitIsA413() {
        byte[] big = new byte[5 * 1024 * 1024]; // the test limit is 4 MiB
        upload(d.districtAdmin(), big, null).then().statusCode(413).body("code", is("payload_too_large"));
    }

    @Test
    void twoImportsOfOneDistrictNeverRunAtOnce() {
        d.inTenant(em -> em.createNativeQuery("""
                INSERT INTO roster_import (tenant_id, id, state, dry_run, deactivate_missing, source, requested_by,
                                           requested_by_kind, created_at, heartbeat_at)
                VALUES (:t, gen_random_uuid(), 'writing', false, false, 'csv', gen_random_uuid(), 'account', now(), now())""")
                .setParameter("t", d.tenantId.toString()).executeUpdate());
        upload(d.districtAdmin(), zip("v1p2-clean"), null).then().statusCode(409).body("code", is("import_running"));
        // Another district is not held up.
        TestDistrict other = TestDistrict.create();
        importAndWait(other.districtAdmin(), zip("v1p2-clean"), "dryRun=true");
    }

    @Test
    void anAbandonedJobNoLongerBlocksTheDistrict() {
        d.inTenant(em -> em.createNativeQuery("""
                INSERT INTO roster_import (tenant_id, id, state, dry_run, deactivate_missing, source, requested_by,
                                           requested_by_kind, created_at, heartbeat_at)
                VALUES (:t, gen_random_uuid(), 'writing', false, false, 'csv', gen_random_uuid(), 'account',
                        now() - interval '1 hour', now() - interval '1 hour')""")
                .setParameter("t", d.tenantId.toString()).executeUpdate());
        assertEquals("succeeded", importAndWait(d.districtAdmin(), zip("v1p2-clean"), "dryRun=true").getString("state"));
    }
}
