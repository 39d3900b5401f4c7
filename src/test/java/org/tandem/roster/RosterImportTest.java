package org.tandem.roster;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.roster.OneRosterPackages.importAndWait;
import static org.tandem.roster.OneRosterPackages.zip;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** OneRoster 1.2 and 1.1 packages into a district: what is created, idempotence, one account per person. */
@QuarkusTest
class RosterImportTest {

    @Test
    void aCleanOneRoster12PackageBuildsTheDirectory() {
        TestDistrict d = TestDistrict.create();
        JsonPath job = importAndWait(d.districtAdmin(), zip("v1p2-clean"), null);
        assertEquals("succeeded", job.getString("state"), () -> job.prettify());
        assertEquals("1.2", job.getString("oneRosterVersion"));
        assertEquals(2, job.getInt("summary.schools.created"));
        assertEquals(2, job.getInt("summary.terms.created"), "the school year no class is held in is not imported");
        assertEquals(3, job.getInt("summary.classes.created"));
        assertEquals(4, job.getInt("summary.staff.created"));
        assertEquals(3, job.getInt("summary.students.created"));
        assertEquals(5, job.getInt("summary.guardians.created"));
        assertEquals(5, job.getInt("summary.guardianships.created"));
        assertEquals(4, job.getInt("summary.enrollments.created"));
        assertEquals(4, job.getInt("summary.teachingAssignments.created"));
        assertEquals(8, job.getInt("summary.accounts.created"), "one per person with an email; Ms. Rivera once");
        assertEquals(0, job.getInt("errorCount"));
        List<Map<String, Object>> files = job.getList("files");
        assertTrue(files.stream().anyMatch(f -> f.get("name").equals("users.csv") && ((Number) f.get("rowsTotal")).intValue() == 12
                && ((Number) f.get("rowsDone")).intValue() == 12), files::toString);
        assertTrue(job.getList("warnings.reason", String.class).stream().anyMatch(w -> w.contains("u-super")),
                "the district administrator is reported as not imported");

        // One person, one account: the teacher who is also a parent.
        assertEquals(1L, count(d, """
                SELECT count(*) FROM staff s JOIN guardian g ON g.account_id = s.account_id AND g.tenant_id = s.tenant_id
                WHERE s.tenant_id = :t AND s.sourced_id = 'u-rivera' AND g.sourced_id = 'u-rivera'"""));
        assertEquals("school_admin", text(d, "SELECT kind FROM staff WHERE tenant_id = :t AND sourced_id = 'u-patel'"));
        assertEquals("Math 3A|Mathematics|03", text(d, "SELECT name || '|' || subject || '|' || grade FROM school_class "
                + "WHERE tenant_id = :t AND sourced_id = 'cls-math-3a'"));
        assertEquals("other|false", text(d, """
                SELECT gs.relationship || '|' || gs.educational_rights FROM guardianship gs
                JOIN guardian g ON g.id = gs.guardian_id AND g.tenant_id = gs.tenant_id
                WHERE gs.tenant_id = :t AND g.sourced_id = 'u-daniel'"""), "a relative is an other, without educational rights");
        assertEquals("primary", text(d, "SELECT role FROM teaching_assignment WHERE tenant_id = :t AND sourced_id = 'enr-chen-math'"));
        assertEquals("co_teacher", text(d, "SELECT role FROM teaching_assignment WHERE tenant_id = :t AND sourced_id = 'enr-chen-reading'"));

        Api.validated(d.districtAdmin()).get("/api/v1/roster/imports/" + job.getString("id") + "/changes?recordType=students")
                .then().statusCode(200).body("items", hasSize(3)).body("items[0].action", org.hamcrest.Matchers.is("created"));
    }

    @Test
    void importingTheSamePackageAgainChangesNothing() {
        TestDistrict d = TestDistrict.create();
        importAndWait(d.districtAdmin(), zip("v1p2-clean"), null);
        long versions = count(d, "SELECT sum(version) FROM student WHERE tenant_id = :t");
        JsonPath again = importAndWait(d.districtAdmin(), zip("v1p2-clean"), null);
        assertEquals("succeeded", again.getString("state"));
        Map<String, Map<String, Integer>> summary = again.getMap("summary");
        summary.forEach((type, counts) -> {
            assertEquals(0, counts.get("created"), type);
            assertEquals(0, counts.getOrDefault("updated", 0), type);
            assertEquals(0, counts.getOrDefault("deactivated", 0), type);
        });
        assertEquals(3, summary.get("students").get("unchanged"));
        assertEquals(versions, count(d, "SELECT sum(version) FROM student WHERE tenant_id = :t"));
        Api.validated(d.districtAdmin()).get("/api/v1/roster/imports/" + again.getString("id") + "/changes")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aOneRoster11PackageWithABomGivesTheSameDirectoryAndOneAccountForTheTeacherWhoIsAParent() {
        TestDistrict d = TestDistrict.create();
        JsonPath job = importAndWait(d.districtAdmin(), zip("v1p1-clean"), null);
        assertEquals("succeeded", job.getString("state"), () -> job.prettify());
        assertEquals("1.1", job.getString("oneRosterVersion"));
        assertEquals(3, job.getInt("summary.students.created"));
        assertEquals(5, job.getInt("summary.guardians.created"));
        assertEquals(8, job.getInt("summary.accounts.created"), "Maria Rivera's two users share one email (in other case), so one account");
        assertEquals(1L, count(d, """
                SELECT count(*) FROM staff s JOIN guardian g ON g.account_id = s.account_id AND g.tenant_id = s.tenant_id
                WHERE s.tenant_id = :t AND s.sourced_id = 'u-rivera' AND g.sourced_id = 'u-rivera-parent'"""));
        assertEquals(2L, count(d, """
                SELECT count(*) FROM guardianship gs JOIN student s ON s.id = gs.student_id AND s.tenant_id = gs.tenant_id
                WHERE gs.tenant_id = :t AND s.sourced_id = 'u-noah' AND gs.active"""), "the quoted multi-value agentSourcedIds");
    }

    @Test
    void aDryRunAnswersTheDiffAndChangesNothing() {
        TestDistrict d = TestDistrict.create();
        JsonPath job = importAndWait(d.districtAdmin(), zip("v1p2-clean"), "dryRun=true");
        assertEquals("succeeded", job.getString("state"));
        assertTrue(job.getBoolean("dryRun"));
        assertEquals(3, job.getInt("summary.students.created"));
        assertEquals(0L, count(d, "SELECT count(*) FROM student WHERE tenant_id = :t AND sourced_id IS NOT NULL"));
        assertEquals(0L, count(d, "SELECT count(*) FROM account WHERE tenant_id = :t AND email LIKE '%riverside.example'"));
        Api.validated(d.districtAdmin()).get("/api/v1/roster/imports/" + job.getString("id") + "/changes?action=created&limit=100")
                .then().statusCode(200).body("items", hasSize(32));

        importAndWait(d.districtAdmin(), zip("v1p2-clean"), null);
        JsonPath delta = importAndWait(d.districtAdmin(), zip("v1p2-delta"), "dryRun=true");
        assertEquals(1, delta.getInt("summary.guardians.updated"));
        List<Map<String, Object>> updates = Api.validated(d.districtAdmin())
                .get("/api/v1/roster/imports/" + delta.getString("id") + "/changes?recordType=guardians&action=updated")
                .then().statusCode(200).extract().path("items");
        assertEquals(List.of("familyName"), updates.get(0).get("changedFields"));
        assertEquals("Smith", text(d, "SELECT family_name FROM guardian WHERE tenant_id = :t AND sourced_id = 'u-emma'"));
    }

    static long count(TestDistrict d, String sql) {
        return d.inTenantReturning(em -> ((Number) em.createNativeQuery(sql).setParameter("t", d.tenantId.toString())
                .getSingleResult()).longValue());
    }

    static String text(TestDistrict d, String sql) {
        return d.inTenantReturning(em -> (String) em.createNativeQuery(sql).setParameter("t", d.tenantId.toString())
                .getSingleResult());
    }
}
