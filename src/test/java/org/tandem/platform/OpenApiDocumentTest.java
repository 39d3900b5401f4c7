package org.tandem.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theDocumentIsServedAndLeavesOutTestProbes() {
        Api.raw().get("/q/openapi?format=json").then().statusCode(200)
                .body("openapi", equalTo("3.0.3"))
                .body(not(containsString("test-probe")));
    }

    @Test
    void swaggerUiIsServed() {
        Api.raw().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnIdATagAndProblemResponses() {
        JsonPath doc = Api.raw().get("/q/openapi?format=json").jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        assertFalse(paths.isEmpty());
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            assertTrue(operation.containsKey("operationId"), where + " has an operationId");
            assertTrue(operation.containsKey("tags"), where + " has a tag");
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertTrue(responses.containsKey("500"), where + " documents 500");
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    Map<String, Object> content = (Map<String, Object>) response.get("content");
                    assertTrue(content != null && content.containsKey("application/problem+json"),
                            where + " " + status + " is problem details");
                }
            });
        }));
    }

    @Test
    void theCommittedDocumentMatchesTheServedOne() throws Exception {
        // The build writes openapi/ and CI fails on drift; this catches a stale copy during `make test` too.
        Path committed = Path.of("openapi/openapi.json");
        if (Files.exists(committed)) {
            JsonPath onDisk = JsonPath.from(Files.readString(committed));
            JsonPath served = Api.raw().get("/q/openapi?format=json").jsonPath();
            assertEquals(served.getMap("$"), onDisk.getMap("$"),
                    "openapi/openapi.json is stale: run `make openapi` and commit it");
        }
    }

    @Test
    void theKeySetIsPublicAndMatchesTheDocument() {
        Api.validated().get("/.well-known/jwks.json").then().statusCode(200)
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].use", equalTo("sig"))
                .body("keys[0]", not(org.hamcrest.Matchers.hasKey("d")));
    }
}
