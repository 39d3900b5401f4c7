package org.tandem.testsupport;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.specification.RequestSpecification;

/**
 * Request builders for tests. {@link #validated()} checks every request and response against the
 * API document the application serves, so the document and the code cannot drift apart unnoticed.
 */
public final class Api {

    private static volatile OpenApiValidationFilter filter;

    private Api() {
    }

    /** A request whose exchange must match the OpenAPI document. */
    public static RequestSpecification validated() {
        return given().filter(filter());
    }

    /**
     * The Authorization header is set directly: REST Assured's {@code auth().oauth2()} adds it after
     * the filters run, so the validator would see a secured operation called without credentials.
     */
    public static RequestSpecification validated(String token) {
        return validated().header("Authorization", "Bearer " + token);
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
                    filter = new OpenApiValidationFilter(OpenApiInteractionValidator
                            .createForInlineApiSpecification(document)
                            .build());
                }
            }
        }
        return filter;
    }
}
