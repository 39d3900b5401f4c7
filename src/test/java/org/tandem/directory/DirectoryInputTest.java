package org.tandem.directory;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Malformed and hostile input to the directory: nothing is bound that a caller may not set. */
@QuarkusTest
class DirectoryInputTest {

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void idsTenantAndVersionInACreateAreRefusedAndNothingIsCreated() {
        UUID chosen = UUID.randomUUID();
        for (Map.Entry<String, Object> field : Map.<String, Object>of("id", chosen, "tenantId", UUID.randomUUID(),
                "version", 7, "createdAt", "2020-01-01T00:00:00Z").entrySet()) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("schoolId", d.schoolId, "givenName", "Mal", "familyName", "Icious"));
            body.put(field.getKey(), field.getValue());
            Api.raw(d.districtAdmin()).contentType("application/json").body(body).post("/api/v1/students").then()
                    .statusCode(400).body("code", equalTo("unknown_field")).body("errors.field", equalTo(List.of(field.getKey())));
        }
        Api.validated(d.districtAdmin()).get("/api/v1/students/" + chosen).then().statusCode(404);
        Api.validated(d.districtAdmin()).queryParam("schoolId", d.schoolId.toString()).get("/api/v1/students").then()
                .body("items.size()", equalTo(2));
    }

    @Test
    void idsTenantAndVersionInAPatchAreRefusedAndTheRecordIsUnchanged() {
        String student = "/api/v1/students/" + d.studentA;
        for (String body : List.of("{\"id\": \"" + UUID.randomUUID() + "\"}", "{\"tenantId\": \"" + UUID.randomUUID() + "\"}",
                "{\"version\": 9}", "{\"schoolId\": \"" + UUID.randomUUID() + "\"}", "{\"givenName\": \"X\", \"accountId\": \"" + UUID.randomUUID() + "\"}")) {
            Api.raw(d.districtAdmin()).contentType("application/merge-patch+json").body(body).patch(student)
                    .then().statusCode(400);
        }
        Api.validated(d.districtAdmin()).get(student).then().header("ETag", "\"0\"").body("givenName", equalTo("Sam"))
                .body("schoolId", equalTo(d.schoolId.toString()));
    }

    @Test
    void malformedBodiesAreProblemsAndChangeNothing() {
        Api.raw(d.districtAdmin()).contentType("application/json").body("{\"schoolId\": ").post("/api/v1/students")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("malformed_json"));
        Api.raw(d.districtAdmin()).contentType("application/json").post("/api/v1/students").then().statusCode(400);
        Api.raw(d.districtAdmin()).contentType("application/json").body(Map.of("schoolId", "not-a-uuid", "givenName", "A", "familyName", "B"))
                .post("/api/v1/students").then().statusCode(400).body("errors.field", equalTo(List.of("schoolId")));
        Api.raw(d.districtAdmin()).contentType("application/json").body(Map.of("givenName", "", "familyName", "B"))
                .post("/api/v1/students").then().statusCode(422).body("errors.field", equalTo(List.of("givenName", "schoolId")));
        Api.raw(d.districtAdmin()).contentType("application/json")
                .body(Map.of("givenName", "Gia", "familyName", "B", "email", "not-an-email", "preferredLanguage", "english!"))
                .post("/api/v1/guardians").then().statusCode(422).body("errors.field", equalTo(List.of("email", "preferredLanguage")));
        Api.raw(d.districtAdmin()).contentType("application/json").body(Map.of("schoolId", UUID.randomUUID(), "givenName", "A", "familyName", "B"))
                .post("/api/v1/students").then().statusCode(404);
        Api.raw(d.districtAdmin()).contentType("application/merge-patch+json").body("[]").patch("/api/v1/students/" + d.studentA)
                .then().statusCode(400);
        Api.raw(d.districtAdmin()).queryParam("limit", 101).get("/api/v1/students").then().statusCode(400);
        Api.raw(d.districtAdmin()).queryParam("schoolId", "nope").get("/api/v1/students").then().statusCode(400);
        Api.raw(d.districtAdmin()).queryParam("cursor", "forged.cursor").get("/api/v1/students").then().statusCode(400)
                .body("code", equalTo("invalid_parameter"));
        Api.validated(d.districtAdmin()).queryParam("limit", 100).get("/api/v1/students").then().body("items.size()", equalTo(2));
        Api.validated(d.districtAdmin()).get("/api/v1/students/" + d.studentA).then().header("ETag", "\"0\"");
    }

    @Test
    void aDuplicateSourcedIdIsAConflictOnCreateAndOnChange() {
        Api.validated(d.districtAdmin()).contentType("application/json")
                .body(Map.of("schoolId", d.schoolId, "givenName", "Ann", "familyName", "One", "sourcedId", "stu-1"))
                .post("/api/v1/students").then().statusCode(201);
        Api.validated(d.districtAdmin()).contentType("application/json")
                .body(Map.of("schoolId", d.schoolId, "givenName", "Ben", "familyName", "Two", "sourcedId", "stu-1"))
                .post("/api/v1/students").then().statusCode(409).body("code", equalTo("sourced_id_taken"));
        Api.validated(d.districtAdmin()).contentType("application/merge-patch+json").body("{\"sourcedId\": \"stu-1\"}")
                .patch("/api/v1/students/" + d.studentB).then().statusCode(409).body("code", equalTo("sourced_id_taken"));
        Api.validated(d.districtAdmin()).get("/api/v1/students/" + d.studentB).then().header("ETag", "\"0\"");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneRecord() {
        Map<String, Object> body = Map.of("givenName", "Ida", "familyName", "Empotent");
        Response first = Api.validated(d.districtAdmin()).contentType("application/json").header("Idempotency-Key", "k-1")
                .body(body).post("/api/v1/guardians");
        first.then().statusCode(201);
        Api.validated(d.districtAdmin()).contentType("application/json").header("Idempotency-Key", "k-1")
                .body(body).post("/api/v1/guardians").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.jsonPath().getString("id")));
    }

    @Test
    void walkingTheStudentPagesReturnsEveryStudentOnce() {
        d.inTenant(em -> {
            for (int i = 0; i < 11; i++) {
                // Same family name for several, so the order's later columns and the id decide.
                em.persist(new Student(d.schoolId, "Kid" + (i % 4), i % 2 == 0 ? "Same" : "Other" + i, "3", null));
            }
        });
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.validated(d.schoolAdmin()).queryParam("limit", 4).queryParam("schoolId", d.schoolId.toString());
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/students");
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(13, seen.size());
        org.junit.jupiter.api.Assertions.assertEquals(13, new HashSet<>(seen).size());
    }

    @Test
    void aCursorWorksOnlyWithTheFiltersItWasIssuedFor() {
        String cursor = Api.validated(d.districtAdmin()).queryParam("limit", 1).get("/api/v1/students")
                .jsonPath().getString("nextCursor");
        Api.raw(d.districtAdmin()).queryParam("limit", 1).queryParam("active", true).queryParam("cursor", cursor)
                .get("/api/v1/students").then().statusCode(400);
        Api.raw(d.districtAdmin()).queryParam("limit", 1).queryParam("cursor", cursor).get("/api/v1/guardians")
                .then().statusCode(400);
    }
}
