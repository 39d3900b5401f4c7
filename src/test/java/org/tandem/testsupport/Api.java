package org.tandem.testsupport;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Request builders for tests. {@link #validated()} checks every request and response against the
 * API document the application serves, so the document and the code cannot drift apart unnoticed.
 */
public final class Api {

    private static volatile OpenApiValidationFilter filter;
    private static volatile OpenApiValidationFilter responseFilter;
    private static volatile DocumentContract contract;

    private Api() {
    }

    /** A request whose exchange must match the OpenAPI document. */
    public static RequestSpecification validated() {
        return given().filter(filter()).filter(contract);
    }

    public static RequestSpecification validated(String token) {
        return validated().header("Authorization", "Bearer " + token);
    }

    /**
     * A deliberately wrong request (no token, bad parameters) to an operation of the document: the
     * request is not checked, the response must still match the document.
     */
    public static RequestSpecification responseValidated() {
        filter();
        return given().filter(responseFilter).filter(contract);
    }

    public static RequestSpecification responseValidated(String token) {
        return responseValidated().header("Authorization", "Bearer " + token);
    }

    /** An application/x-www-form-urlencoded body, written out so the validator sees it. */
    public static String form(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A request to something outside the document (test-only probes, deliberately wrong paths). */
    public static RequestSpecification raw() {
        return given();
    }

    public static RequestSpecification raw(String token) {
        return given().auth().oauth2(token);
    }

    private static OpenApiValidationFilter filter() {
        if (filter == null) {
            synchronized (Api.class) {
                if (filter == null) {
                    String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
                    contract = new DocumentContract(document);
                    responseFilter = new OpenApiValidationFilter(OpenApiInteractionValidator
                            .createForInlineApiSpecification(document)
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                    .build())
                            .build());
                    filter = new OpenApiValidationFilter(OpenApiInteractionValidator
                            .createForInlineApiSpecification(document)
                            .build());
                }
            }
        }
        return filter;
    }
}
