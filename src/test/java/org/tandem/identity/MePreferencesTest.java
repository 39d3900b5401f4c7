package org.tandem.identity;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class MePreferencesTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private final TestDistrict d = TestDistrict.create();

    private io.restassured.response.Response patch(String body) {
        return Api.validated(d.guardianA()).contentType(MERGE_PATCH).body(body).patch("/api/v1/me");
    }

    @Test
    void aPersonChoosesTheirLanguageAndKeepsTheirName() {
        patch("{\"preferredLanguage\": \"es\"}").then().statusCode(200)
                .body("preferredLanguage", equalTo("es")).body("displayName", equalTo("Parent A"));
        Api.validated(d.guardianA()).get("/api/v1/me").then().body("preferredLanguage", equalTo("es"));
    }

    @Test
    void languageTagsAreStoredInCanonicalForm() {
        patch("{\"preferredLanguage\": \"pt-br\", \"displayName\": \"  Alex Alpha \"}").then().statusCode(200)
                .body("preferredLanguage", equalTo("pt-BR")).body("displayName", equalTo("Alex Alpha"));
    }

    @Test
    void invalidChangesAreRefusedAndChangeNothing() {
        Api.responseValidated(d.guardianA()).contentType(MERGE_PATCH).body("{\"preferredLanguage\": \"english!\"}")
                .patch("/api/v1/me").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("preferredLanguage")));
        Api.responseValidated(d.guardianA()).contentType(MERGE_PATCH).body("{\"displayName\": null}")
                .patch("/api/v1/me").then().statusCode(422);
        Api.responseValidated(d.guardianA()).contentType(MERGE_PATCH).body("{\"displayName\": \"" + "x".repeat(201) + "\"}")
                .patch("/api/v1/me").then().statusCode(422);
        Api.responseValidated(d.guardianA()).contentType(MERGE_PATCH).body("{\"email\": \"me@example.com\"}")
                .patch("/api/v1/me").then().statusCode(400).body("code", equalTo("invalid_patch"));
        Api.validated(d.guardianA()).get("/api/v1/me").then()
                .body("preferredLanguage", equalTo("en")).body("displayName", equalTo("Parent A"));
    }

    @Test
    void anonymousCallersCannotChangeAnything() {
        Api.responseValidated().contentType(MERGE_PATCH).body("{\"preferredLanguage\": \"es\"}").patch("/api/v1/me")
                .then().statusCode(401);
    }
}
