package org.tandem.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.roster.OneRosterPackages.importAndWait;
import static org.tandem.roster.OneRosterPackages.text;
import static org.tandem.roster.OneRosterPackages.zip;
import static org.tandem.roster.RosterImportTest.count;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.access.Roles;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.TestTokens;

/** Deltas, deactivation, flags an import does not own, and audiences that follow an import. */
@QuarkusTest
class RosterDeltaTest {

    @Test
    void aDeltaAddsUpdatesAndDeactivatesAndTheClassGroupFollows() {
        TestDistrict d = TestDistrict.create();
        importAndWait(d.districtAdmin(), zip("v1p2-clean"), null);
        String rivera = token(d, "u-rivera", Roles.STAFF);
        String robert = token(d, "u-robert", Roles.GUARDIAN);
        UUID reading = id(d, "SELECT id FROM school_class WHERE tenant_id = :t AND sourced_id = 'cls-reading-3a'");
        String thread = Api.validated(rivera).contentType("application/json")
                .body(Map.of("kind", "group", "subject", "Reading 3A families", "classId", reading.toString(),
                        "message", Map.of("body", "Welcome to Reading 3A")))
                .post("/api/v1/threads").then().statusCode(201).extract().path("id");
        assertTrue(inbox(robert).contains(thread), "Noah's father is in his class's group");

        JsonPath delta = importAndWait(d.districtAdmin(), zip("v1p2-delta"), null);
        assertEquals("succeeded", delta.getString("state"), delta::prettify);
        assertEquals(1, delta.getInt("summary.students.created"));
        assertEquals(1, delta.getInt("summary.guardians.updated"));
        assertEquals(1, delta.getInt("summary.guardians.deactivated"));
        assertEquals(1, delta.getInt("summary.enrollments.created"));
        assertEquals(1, delta.getInt("summary.enrollments.deactivated"));
        assertEquals(1, delta.getInt("summary.guardianships.created"));

        assertFalse(inbox(robert).contains(thread), "Noah left Reading 3A, so his father leaves its group");
        assertTrue(inbox(token(d, "u-emma", Roles.GUARDIAN)).contains(thread), "Emma stays: her son Liam joined the class");
        assertEquals("Smith-Jones", RosterImportTest.text(d,
                "SELECT family_name FROM guardian WHERE tenant_id = :t AND sourced_id = 'u-emma'"));
        assertEquals(0L, count(d, "SELECT count(*) FROM guardian WHERE tenant_id = :t AND sourced_id = 'u-daniel' AND active"),
                "tobedeleted deactivates");
        assertEquals(1L, count(d, "SELECT count(*) FROM guardian WHERE tenant_id = :t AND sourced_id = 'u-daniel'"),
                "and never deletes");
    }

    @Test
    void flagsOneRosterCannotCarryAreKeptAcrossImports() {
        TestDistrict d = TestDistrict.create();
        importAndWait(d.districtAdmin(), zip("v1p2-clean"), null);
        d.inTenant(em -> em.createNativeQuery("""
                UPDATE guardianship SET no_contact = true, may_book_and_rsvp = false, relationship = 'father'
                WHERE tenant_id = :t AND sourced_id = 'u-noah|u-robert'""").setParameter("t", d.tenantId.toString())
                .executeUpdate());
        JsonPath again = importAndWait(d.districtAdmin(), zip("v1p2-clean"), "deactivateMissing=true");
        assertEquals(5, again.getInt("summary.guardianships.unchanged"));
        assertEquals("true|false|father", RosterImportTest.text(d, """
                SELECT no_contact || '|' || may_book_and_rsvp || '|' || relationship FROM guardianship
                WHERE tenant_id = :t AND sourced_id = 'u-noah|u-robert'"""));
    }

    @Test
    void missingRecordsOfABulkFileAreDeactivatedOnlyWhenAsked() {
        TestDistrict d = TestDistrict.create();
        importAndWait(d.districtAdmin(), zip("v1p2-clean"), null);
        Map<String, byte[]> withoutAva = Map.of(
                "users.csv", without(OneRosterPackages.files("v1p2-clean").get("users.csv"), "u-ava,"),
                "roles.csv", without(OneRosterPackages.files("v1p2-clean").get("roles.csv"), "r-ava,"),
                "enrollments.csv", without(OneRosterPackages.files("v1p2-clean").get("enrollments.csv"), "enr-ava-science,"));
        JsonPath kept = importAndWait(d.districtAdmin(), zip("v1p2-clean", withoutAva), null);
        assertEquals(0, kept.getInt("summary.students.deactivated"));
        assertEquals(1L, count(d, "SELECT count(*) FROM student WHERE tenant_id = :t AND sourced_id = 'u-ava' AND active"));

        JsonPath pruned = importAndWait(d.districtAdmin(), zip("v1p2-clean", withoutAva), "deactivateMissing=true");
        assertEquals(1, pruned.getInt("summary.students.deactivated"), pruned::prettify);
        assertEquals(1, pruned.getInt("summary.enrollments.deactivated"));
        assertEquals(0L, count(d, "SELECT count(*) FROM student WHERE tenant_id = :t AND sourced_id = 'u-ava' AND active"));
        assertEquals(1L, count(d, "SELECT count(*) FROM student WHERE tenant_id = :t AND active AND sourced_id IS NULL AND given_name = 'Sam'"),
                "records made by hand (no sourcedId) are never deactivated by an import");
    }

    @Test
    void anImportAdoptsALinkMadeByHandInsteadOfDuplicatingIt() {
        TestDistrict d = TestDistrict.create();
        importAndWait(d.districtAdmin(), zip("v1p2-clean"), null);
        d.inTenant(em -> em.createNativeQuery("""
                UPDATE enrollment SET sourced_id = NULL WHERE tenant_id = :t AND sourced_id = 'enr-noah-math'""")
                .setParameter("t", d.tenantId.toString()).executeUpdate());
        JsonPath again = importAndWait(d.districtAdmin(), zip("v1p2-clean"), null);
        assertEquals("succeeded", again.getString("state"), again::prettify);
        assertEquals(1, again.getInt("summary.enrollments.updated"));
        assertEquals(1L, count(d, "SELECT count(*) FROM enrollment WHERE tenant_id = :t AND sourced_id = 'enr-noah-math'"));
    }

    private static byte[] without(byte[] file, String linePrefix) {
        String kept = new String(file, java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith(linePrefix)).reduce("", (a, b) -> a + b + "\n");
        return text(kept);
    }

    private static List<String> inbox(String token) {
        return Api.validated(token).get("/api/v1/threads").then().statusCode(200).extract().path("items.id");
    }

    private static String token(TestDistrict d, String sourcedId, String role) {
        String table = role.equals(Roles.STAFF) ? "staff" : "guardian";
        UUID account = id(d, "SELECT account_id FROM " + table + " WHERE tenant_id = :t AND sourced_id = '" + sourcedId + "'");
        return TestTokens.forTenant(d.tenantId.toString(), account.toString(), role);
    }

    static UUID id(TestDistrict d, String sql) {
        return d.inTenantReturning(em -> (UUID) em.createNativeQuery(sql).setParameter("t", d.tenantId.toString())
                .getSingleResult());
    }
}
