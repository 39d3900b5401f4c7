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
    @SuppressWarnings("unchecked")
    void everyOperationSaysWhoMayCallItAndWhichProblemCodesItAnswers() {
        JsonPath doc = Api.raw().get("/q/openapi?format=json").jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        java.util.List<String> codes = doc.getList("components.schemas.ProblemCode.enum");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            assertTrue(operation.containsKey("x-tandem-roles"), where + " has x-tandem-roles (@RolesAllowed, "
                    + "@Authenticated or @PermitAll on its resource method or class)");
            java.util.List<String> roles = (java.util.List<String>) operation.get("x-tandem-roles");
            java.util.List<Map<String, Object>> security = (java.util.List<Map<String, Object>>) operation.get("security");
            boolean tokenOptional = security != null && security.stream().anyMatch(Map::isEmpty);
            boolean anySignedIn = String.valueOf(operation.get("description")).contains("any signed-in caller");
            if (roles.isEmpty() && !anySignedIn) {
                assertTrue(security == null || security.isEmpty() || tokenOptional, where + ": public, and says so");
            } else {
                assertTrue(security != null && !tokenOptional, where + ": needs a token, as its roles say");
            }
            assertTrue(String.valueOf(operation.get("description")).contains("**Who may call:**"), where + " says who may call it");
            Map<String, java.util.List<String>> declared = (Map<String, java.util.List<String>>) operation.get("x-tandem-problem-codes");
            assertTrue(declared != null && !declared.isEmpty(), where + " lists its problem codes");
            Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
            if (body != null) {
                ((Map<String, Map<String, Object>>) body.get("content")).forEach((mediaType, media) ->
                        assertTrue(media.containsKey("example") || media.containsKey("examples"),
                                where + " has an example " + mediaType + " body"));
            }
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            declared.forEach((status, list) -> {
                assertTrue(responses.containsKey(status), where + " declares the response " + status + " of its codes");
                list.forEach(code -> assertTrue(codes.contains(code), where + ": " + code + " is a ProblemCode"));
            });
        }));
        assertEquals("#/components/schemas/ProblemCode", doc.getString("components.schemas.Problem.properties.code.$ref"));
    }

    @Test
    void everyProblemCodeTheCodeBaseUsesIsEnumerated() throws Exception {
        // String literals given as a code to ApiException and the problem mappers, across the main sources.
        java.util.regex.Pattern use = java.util.regex.Pattern.compile(
                "(?:conflict|unprocessable|badRequest|gone|respond|Known|ApiException)\\(\\s*(?:\\d{3},\\s*)?\"([a-z_]+)\"");
        java.util.Set<String> enumerated = java.util.Arrays.stream(org.tandem.platform.problem.ProblemCode.values())
                .map(org.tandem.platform.problem.ProblemCode::wire).collect(java.util.stream.Collectors.toSet());
        java.util.List<String> missing = new java.util.ArrayList<>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = use.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!enumerated.contains(matcher.group(1))) {
                        missing.add(file.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "codes missing from ProblemCode: " + missing);
    }

    @Test
    void tagsComeInTheOrderAnAppUsesThem() {
        java.util.List<String> tags = Api.raw().get("/q/openapi?format=json").jsonPath().getList("tags.name");
        assertEquals("Me", tags.get(0));
        assertEquals("Messaging", tags.get(1));
        assertEquals("Directory", tags.get(tags.size() - 1));
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
