package org.tandem.directory;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/**
 * Every directory endpoint for every kind of caller: the district's admin, the record's school
 * admin, another school's admin, a teacher, a guardian and another district's admin.
 */
@QuarkusTest
class DirectoryAuthorizationTest {

    private TestDistrict d;
    private SecondSchool second;
    private TestDistrict otherTenant;
    /** Per collection path: a record of the district's first school. */
    private final Map<String, UUID> records = new LinkedHashMap<>();

    @BeforeEach
    void districts() {
        d = TestDistrict.create();
        second = SecondSchool.in(d);
        otherTenant = TestDistrict.create();
        records.put("/api/v1/schools", d.schoolId);
        records.put("/api/v1/academic-terms", d.termId);
        records.put("/api/v1/classes", d.classA);
        records.put("/api/v1/staff", d.teacherAStaffId);
        records.put("/api/v1/students", d.studentA);
        records.put("/api/v1/guardians", d.guardianAId);
        records.put("/api/v1/guardianships", d.guardianshipA);
        d.inTenant(em -> {
            records.put("/api/v1/enrollments", em.createQuery("SELECT e.id FROM Enrollment e WHERE e.studentId = :s", UUID.class)
                    .setParameter("s", d.studentA).getSingleResult());
            records.put("/api/v1/teaching-assignments", em.createQuery(
                    "SELECT t.id FROM TeachingAssignment t WHERE t.staffId = :s", UUID.class)
                    .setParameter("s", d.teacherAStaffId).getSingleResult());
        });
    }

    private int get(String token, String path) {
        return Api.validated(token).get(path).statusCode();
    }

    private int emptyPatch(String token, String path) {
        return Api.validated(token).contentType("application/merge-patch+json").header("If-Match", "*").body("{}")
                .patch(path).statusCode();
    }

    @Test
    void readingAndPatchingARecordFollowsTheSchoolScope() {
        List<String> failures = new ArrayList<>();
        records.forEach((collection, id) -> {
            String path = collection + "/" + id;
            expect(failures, "district admin GET " + path, 200, get(d.districtAdmin(), path));
            expect(failures, "school admin GET " + path, 200, get(d.schoolAdmin(), path));
            expect(failures, "other school's admin GET " + path, 404, get(second.admin(), path));
            expect(failures, "teacher GET " + path, 403, get(d.teacherA(), path));
            expect(failures, "guardian GET " + path, 403, get(d.guardianA(), path));
            expect(failures, "other tenant GET " + path, 404, get(otherTenant.districtAdmin(), path));
            expect(failures, "district admin PATCH " + path, 200, emptyPatch(d.districtAdmin(), path));
            expect(failures, "school admin PATCH " + path, 200, emptyPatch(d.schoolAdmin(), path));
            expect(failures, "other school's admin PATCH " + path, 404, emptyPatch(second.admin(), path));
            expect(failures, "teacher PATCH " + path, 403, emptyPatch(d.teacherA(), path));
            expect(failures, "guardian PATCH " + path, 403, emptyPatch(d.guardianA(), path));
            expect(failures, "other tenant PATCH " + path, 404, emptyPatch(otherTenant.districtAdmin(), path));
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void listsHoldOnlyTheCallersSchoolAndNeverAnotherTenant() {
        List<String> failures = new ArrayList<>();
        records.forEach((collection, id) -> {
            String own = id.toString();
            Api.validated(d.districtAdmin()).queryParam("limit", 100).get(collection).then().statusCode(200)
                    .body("items.id", hasItem(own));
            Api.validated(d.schoolAdmin()).queryParam("limit", 100).get(collection).then().statusCode(200)
                    .body("items.id", hasItem(own));
            Api.validated(second.admin()).queryParam("limit", 100).get(collection).then().statusCode(200)
                    .body("items.id", not(hasItem(own)));
            Api.validated(otherTenant.districtAdmin()).queryParam("limit", 100).get(collection).then().statusCode(200)
                    .body("items.id", not(hasItem(own)));
            expect(failures, "teacher lists " + collection, 403, get(d.teacherA(), collection));
            expect(failures, "guardian lists " + collection, 403, get(d.guardianA(), collection));
        });
        assertEquals(List.of(), failures);
        Api.validated(d.schoolAdmin()).queryParam("limit", 100).get("/api/v1/students").then()
                .body("items.id", everyItem(in(List.of(d.studentA.toString(), d.studentB.toString()))));
    }

    @Test
    void creatingARecordNeedsTheParentsSchool() {
        List<String> failures = new ArrayList<>();
        creations().forEach((collection, body) -> {
            boolean schoolBound = !collection.endsWith("/guardians");
            boolean districtOnly = collection.endsWith("/schools");
            expect(failures, "teacher POST " + collection, 403, post(d.teacherA(), collection, body));
            expect(failures, "guardian POST " + collection, 403, post(d.guardianA(), collection, body));
            expect(failures, "other school's admin POST " + collection, districtOnly ? 403 : schoolBound ? 404 : 201,
                    post(second.admin(), collection, body));
            expect(failures, "other tenant POST " + collection, districtOnly || !schoolBound ? 201 : 404,
                    post(otherTenant.districtAdmin(), collection, body));
            expect(failures, "school admin POST " + collection, districtOnly ? 403 : 201, post(d.schoolAdmin(), collection, body));
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void aDistrictAdminCreatesEveryKindOfRecord() {
        List<String> failures = new ArrayList<>();
        creations().forEach((collection, body) ->
                expect(failures, "district admin POST " + collection, 201, post(d.districtAdmin(), collection, body)));
        assertEquals(List.of(), failures);
    }

    @Test
    void theStudentAuditLogIsForTheStudentsAdministrators() {
        String path = "/api/v1/students/" + d.studentA + "/audit-events";
        List<String> failures = new ArrayList<>();
        expect(failures, "district admin", 200, get(d.districtAdmin(), path));
        expect(failures, "school admin", 200, get(d.schoolAdmin(), path));
        expect(failures, "other school's admin", 404, get(second.admin(), path));
        expect(failures, "teacher", 403, get(d.teacherA(), path));
        expect(failures, "guardian", 403, get(d.guardianA(), path));
        expect(failures, "other tenant", 404, get(otherTenant.districtAdmin(), path));
        assertEquals(List.of(), failures);
    }

    /** Bodies that each create a new record under the first school (links use fresh parents). */
    private Map<String, Map<String, Object>> creations() {
        UUID[] fresh = new UUID[3];
        d.inTenant(em -> {
            Student student = new Student(d.schoolId, "New", "Pupil", "3", null);
            em.persist(student);
            Staff staff = new Staff(d.schoolId, "New", "Aide", "aide@staff.test", Staff.Kind.AIDE, null);
            em.persist(staff);
            fresh[0] = student.id();
            fresh[1] = staff.id();
        });
        Map<String, Map<String, Object>> bodies = new LinkedHashMap<>();
        bodies.put("/api/v1/schools", Map.of("name", "Oak High", "timeZone", "America/Chicago"));
        bodies.put("/api/v1/academic-terms", Map.of("schoolId", d.schoolId, "name", "Spring", "startsOn", "2027-01-10", "endsOn", "2027-05-30"));
        bodies.put("/api/v1/classes", Map.of("schoolId", d.schoolId, "termId", d.termId, "name", "Room C"));
        bodies.put("/api/v1/staff", Map.of("schoolId", d.schoolId, "givenName", "Cy", "familyName", "Coach", "email", "cy@staff.test", "kind", "counselor"));
        bodies.put("/api/v1/students", Map.of("schoolId", d.schoolId, "givenName", "Cal", "familyName", "Delta"));
        bodies.put("/api/v1/guardians", Map.of("givenName", "Dee", "familyName", "Delta"));
        bodies.put("/api/v1/guardianships", Map.of("studentId", fresh[0], "guardianId", d.guardianBId, "relationship", "other"));
        bodies.put("/api/v1/enrollments", Map.of("studentId", fresh[0], "classId", d.classA));
        bodies.put("/api/v1/teaching-assignments", Map.of("staffId", fresh[1], "classId", d.classB, "role", "co_teacher"));
        return bodies;
    }

    private static int post(String token, String path, Object body) {
        return Api.validated(token).contentType("application/json").body(body).post(path).statusCode();
    }

    private static void expect(List<String> failures, String what, int expected, int actual) {
        if (expected != actual) {
            failures.add(what + ": expected " + expected + " but was " + actual);
        }
    }
}
