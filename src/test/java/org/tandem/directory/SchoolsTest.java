package org.tandem.directory;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class SchoolsTest {

    private static final String SCHOOLS = "/api/v1/schools";
    private TestDistrict d;
    private SecondSchool second;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        second = SecondSchool.in(d);
    }

    private Response create(String token, Object body) {
        return Api.validated(token).contentType("application/json").body(body).post(SCHOOLS);
    }

    @Test
    void aDistrictAdminAddsASchoolAndReadsItBack() {
        Response created = create(d.districtAdmin(), Map.of("name", "Oak High", "timeZone", "America/New_York", "sourcedId", "sch-oak"));
        created.then().statusCode(201).header("ETag", "\"0\"").header("Location", notNullValue())
                .body("name", equalTo("Oak High")).body("timeZone", equalTo("America/New_York"))
                .body("sourcedId", equalTo("sch-oak")).body("active", equalTo(true)).body("version", equalTo(0));
        Api.validated(d.districtAdmin()).get(created.header("Location")).then().statusCode(200)
                .header("ETag", "\"0\"").body("name", equalTo("Oak High"));
    }

    @Test
    void onlyDistrictAdminsAddSchools() {
        Map<String, String> body = Map.of("name", "Oak High", "timeZone", "America/New_York");
        create(d.schoolAdmin(), body).then().statusCode(403).body("code", equalTo("forbidden"));
        create(d.teacherA(), body).then().statusCode(403);
        create(d.guardianA(), body).then().statusCode(403);
        Api.raw().contentType("application/json").body(body).post(SCHOOLS).then().statusCode(401);
    }

    @Test
    void anInvalidSchoolIsRefusedWithTheFieldsAtFault() {
        // Raw requests: the document itself rules these bodies out, which is the point.
        Api.raw(d.districtAdmin()).contentType("application/json").body(Map.of("name", " ", "timeZone", "Mars/Olympus"))
                .post(SCHOOLS).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("validation_failed"))
                .body("errors.field", equalTo(java.util.List.of("name", "timeZone")));
        Api.raw(d.districtAdmin()).contentType("application/json").body(Map.of("name", "x".repeat(201), "timeZone", "UTC"))
                .post(SCHOOLS).then().statusCode(422);
        Api.validated(d.districtAdmin()).queryParam("limit", 100).get(SCHOOLS).then().statusCode(200)
                .body("items.size()", equalTo(2));
    }

    @Test
    void aSchoolAdminSeesAndChangesOnlyTheirSchool() {
        Api.validated(d.schoolAdmin()).get(SCHOOLS).then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(d.schoolId.toString())));
        Api.validated(d.schoolAdmin()).get(SCHOOLS + "/" + second.schoolId).then().statusCode(404);
        Api.validated(second.admin()).get(SCHOOLS + "/" + d.schoolId).then().statusCode(404);
        Api.validated(d.schoolAdmin()).contentType("application/merge-patch+json").body("{\"name\":\"Mine now\"}")
                .patch(SCHOOLS + "/" + second.schoolId).then().statusCode(404);
        Api.validated(d.schoolAdmin()).contentType("application/merge-patch+json").body("{\"name\":\"Lincoln K-8\"}")
                .patch(SCHOOLS + "/" + d.schoolId).then().statusCode(200).body("name", equalTo("Lincoln K-8"))
                .header("ETag", "\"1\"");
        Api.validated(second.admin()).get(SCHOOLS + "/" + second.schoolId).then().statusCode(200)
                .body("name", equalTo("Roosevelt Middle"));
    }

    @Test
    void staffGuardiansAndOtherTenantsCannotReadSchools() {
        String school = SCHOOLS + "/" + d.schoolId;
        Api.validated(d.teacherA()).get(school).then().statusCode(403);
        Api.validated(d.guardianA()).get(school).then().statusCode(403);
        Api.validated(d.teacherA()).get(SCHOOLS).then().statusCode(403);
        TestDistrict other = TestDistrict.create();
        Api.validated(other.districtAdmin()).get(school).then().statusCode(404);
        Api.validated(other.districtAdmin()).get(SCHOOLS).then().statusCode(200)
                .body("items.id", not(hasItem(d.schoolId.toString())));
    }

    @Test
    void aDuplicateSourcedIdIsAConflictAndTheFirstStays() {
        create(d.districtAdmin(), Map.of("name", "Oak High", "timeZone", "UTC", "sourcedId", "dup-1")).then().statusCode(201);
        create(d.districtAdmin(), Map.of("name", "Elm High", "timeZone", "UTC", "sourcedId", "dup-1")).then().statusCode(409)
                .body("code", equalTo("sourced_id_taken"));
        Api.validated(d.districtAdmin()).queryParam("sourcedId", "dup-1").get(SCHOOLS).then().statusCode(200)
                .body("items.name", equalTo(java.util.List.of("Oak High")));
        // The same sourcedId in another district is no conflict.
        create(TestDistrict.create().districtAdmin(), Map.of("name", "Elm High", "timeZone", "UTC", "sourcedId", "dup-1"))
                .then().statusCode(201);
    }

    @Test
    void deactivationIsAPatchAndTheListFiltersOnIt() {
        Api.validated(d.districtAdmin()).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"active\": false, \"sourcedId\": null}").patch(SCHOOLS + "/" + second.schoolId).then().statusCode(200)
                .body("active", equalTo(false)).body("sourcedId", nullValue());
        Api.validated(d.districtAdmin()).queryParam("active", false).get(SCHOOLS).then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(second.schoolId.toString())));
    }
}
