package org.tandem.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestTokens;

@QuarkusTest
class EntityTagTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private final String owner = TestTokens.forRoles(TestTokens.randomSubject(), "teacher");
    private String location;
    private String etag;

    @BeforeEach
    void createWidget() {
        Response created = Api.raw(owner).contentType("application/json")
                .body(Map.of("name", "lamp", "description", "a desk lamp", "quantity", 2))
                .post("/api/v1/test-probe/widgets");
        created.then().statusCode(201).header("ETag", "\"0\"");
        location = created.header("Location");
        etag = created.header("ETag");
    }

    private Response patch(String ifMatch, String body) {
        var request = Api.raw(owner).contentType(MERGE_PATCH).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.patch(location);
    }

    @Test
    void readingGivesAStrongEtag() {
        Api.raw(owner).get(location).then().statusCode(200).header("ETag", etag).body("version", equalTo(0));
    }

    @Test
    void aMergePatchWithTheCurrentEtagApplies() {
        patch(etag, "{\"quantity\": 5, \"description\": null}").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("quantity", equalTo(5))
                .body("name", equalTo("lamp"))
                .body("description", nullValue());
    }

    @Test
    void aMissingIfMatchIsA428AndChangesNothing() {
        patch(null, "{\"quantity\": 5}").then().statusCode(428).contentType("application/problem+json")
                .body("code", equalTo("precondition_required"));
        Api.raw(owner).get(location).then().body("quantity", equalTo(2)).header("ETag", etag);
    }

    @Test
    void aStaleEtagIsA412AndChangesNothing() {
        patch(etag, "{\"quantity\": 5}").then().statusCode(200);
        patch(etag, "{\"quantity\": 9}").then().statusCode(412).contentType("application/problem+json")
                .body("code", equalTo("precondition_failed"));
        Api.raw(owner).get(location).then().body("quantity", equalTo(5));
    }

    @Test
    void weakOrListedTagsFollowTheStrongComparison() {
        patch("W/" + etag, "{\"quantity\": 5}").then().statusCode(412);
        patch("\"77\", " + etag, "{\"quantity\": 5}").then().statusCode(200);
    }

    @Test
    void anInvalidPatchIsRefusedAndChangesNothing() {
        patch(etag, "{\"quantity\": -1}").then().statusCode(422).body("errors.field", equalTo(java.util.List.of("quantity")));
        patch(etag, "{\"name\": null}").then().statusCode(422);
        patch(etag, "{\"colour\": \"red\"}").then().statusCode(400);
        patch(etag, "[1]").then().statusCode(400);
        patch(etag, "{\"quantity\": \"many\"}").then().statusCode(400);
        Api.raw(owner).get(location).then().body("quantity", equalTo(2)).body("name", equalTo("lamp")).header("ETag", etag);
    }

    @Test
    void anotherCallerCannotSeeOrPatchIt() {
        String stranger = TestTokens.forRoles(TestTokens.randomSubject(), "teacher");
        Api.raw(stranger).get(location).then().statusCode(404);
        Api.raw(stranger).contentType(MERGE_PATCH).header("If-Match", etag).body("{\"quantity\": 5}")
                .patch(location).then().statusCode(404);
    }
}
