package org.tandem.identity.classcode;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.tandem.identity.JoiningFixtures.count;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class ClassCodeTest {

    TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    String code(String token, UUID classId) {
        return Api.validated(token).get("/api/v1/classes/{id}/code", classId).then().statusCode(200)
                .extract().path("code");
    }

    int ask(String token, String code) {
        return Api.raw(token).contentType("application/json")
                .body(Map.of("code", code, "studentName", "Sam Alpha", "relationship", "mother"))
                .post("/api/v1/join-requests").statusCode();
    }

    @Test
    void aClassGetsAShortTypableCodeWhenItsTeacherFirstAsks() {
        Api.validated(d.teacherA()).get("/api/v1/classes/{id}/code", d.classA)
                .then().statusCode(200)
                .body("classId", equalTo(d.classA.toString()))
                .body("code", matchesPattern("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}"))
                .body("active", equalTo(true));
        assertEquals(code(d.teacherA(), d.classA), code(d.schoolAdmin(), d.classA), "asking again shows the same code");
        assertEquals(1, count(d, "SELECT count(*) FROM class_code WHERE tenant_id = :tenant"));
    }

    @Test
    void rotatingReplacesTheCodeAndTheOldOneStopsWorking() {
        String old = code(d.teacherA(), d.classA);
        String rotated = Api.validated(d.teacherA()).post("/api/v1/classes/{id}/code/rotate", d.classA)
                .then().statusCode(200).body("active", equalTo(true)).body("code", not(equalTo(old)))
                .extract().path("code");
        assertEquals(404, ask(d.guardianB(), old));
        assertEquals(201, ask(d.guardianB(), rotated));
    }

    @Test
    void aDisabledCodeDoesNotWorkUntilRotated() {
        String code = code(d.teacherA(), d.classA);
        Api.validated(d.teacherA()).post("/api/v1/classes/{id}/code/disable", d.classA)
                .then().statusCode(200).body("active", equalTo(false)).body("code", equalTo(code));
        Api.validated(d.teacherA()).get("/api/v1/classes/{id}/code", d.classA).then().body("active", equalTo(false));
        assertEquals(404, ask(d.guardianB(), code));
        String fresh = Api.validated(d.teacherA()).post("/api/v1/classes/{id}/code/rotate", d.classA)
                .then().statusCode(200).body("active", equalTo(true)).extract().path("code");
        assertEquals(201, ask(d.guardianB(), fresh));
    }

    @Test
    void familiesMayTypeTheCodeLoosely() {
        String code = code(d.teacherA(), d.classA);
        String typed = " " + code.substring(0, 4).toLowerCase() + "-" + code.substring(4) + " ";
        assertEquals(201, ask(d.guardianB(), typed));
    }

    @Test
    void onlyTheClassesStaffAndAdministratorsManageItsCode() {
        TestDistrict other = TestDistrict.create();
        for (String path : new String[] {"", "/rotate", "/disable"}) {
            String url = "/api/v1/classes/{id}/code" + path;
            boolean get = path.isEmpty();
            for (String token : new String[] {d.teacherB(), other.teacherA(), other.districtAdmin()}) {
                (get ? Api.validated(token).get(url, d.classA) : Api.validated(token).post(url, d.classA))
                        .then().statusCode(404);
            }
            for (String token : new String[] {d.guardianA(), d.guardianB(), d.noContactGuardian()}) {
                (get ? Api.validated(token).get(url, d.classA) : Api.validated(token).post(url, d.classA))
                        .then().statusCode(403).body("code", equalTo("forbidden"));
            }
            (get ? Api.raw().get(url, d.classA) : Api.raw().post(url, d.classA)).then().statusCode(401);
            (get ? Api.validated(d.teacherA()).get(url, UUID.randomUUID())
                    : Api.validated(d.teacherA()).post(url, UUID.randomUUID())).then().statusCode(404);
            (get ? Api.validated(d.districtAdmin()).get(url, d.classA)
                    : Api.validated(d.districtAdmin()).post(url, d.classA)).then().statusCode(200);
        }
        assertEquals(1, count(d, "SELECT count(*) FROM class_code WHERE tenant_id = :tenant"),
                "only the district admin's calls made a code");
    }

    @Test
    void codesOfDifferentClassesDiffer() {
        assertNotEquals(code(d.teacherA(), d.classA), code(d.teacherB(), d.classB));
    }
}
