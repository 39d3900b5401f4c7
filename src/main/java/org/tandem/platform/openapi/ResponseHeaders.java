package org.tandem.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares the headers the platform sends, on the responses that carry them, so generated clients can
 * read them: {@code X-Request-Id} everywhere; {@code Location} on 201; {@code ETag} where the body has
 * a {@code version} and on conditional GETs (those that can answer 304); {@code Link} on pages (a body with {@code nextCursor}); {@code Idempotent-Replayed}
 * on the successes of idempotent operations; {@code Retry-After} on 429 and 503; {@code WWW-Authenticate}
 * on 401. The test suite fails on any of these sent but not declared.
 */
final class ResponseHeaders {

    private static final String REF = "#/components/headers/";

    private ResponseHeaders() {
    }

    static void apply(OpenAPI openAPI) {
        define(openAPI, "X-Request-Id", "The request's id (the caller's, when well formed, or a new one); quote it when "
                + "reporting a problem", null);
        define(openAPI, "Location", "The URL of what was created (or scheduled)", null);
        define(openAPI, "ETag", "The resource's version as a strong entity tag (`\"3\"`); send it as If-Match to change it",
                "\"3\"");
        define(openAPI, "Link", "RFC 8288 link to the next page (`<...>; rel=\"next\"`), absent on the last page", null);
        define(openAPI, "Idempotent-Replayed", "`true` when this is the stored answer to an earlier request with the "
                + "same Idempotency-Key", "true");
        define(openAPI, "Retry-After", "Seconds to wait before retrying", "30");
        define(openAPI, "WWW-Authenticate", "RFC 6750 challenge: `Bearer realm=\"tandem\"`, with `error=\"invalid_token\"` "
                + "when a token was sent but is not valid", null);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> declare(openAPI, operation)));
    }

    private static void declare(OpenAPI openAPI, Operation operation) {
        boolean idempotent = operation.getExtensions() != null
                && operation.getExtensions().containsKey(ProblemResponses.IDEMPOTENT_EXTENSION);
        // A conditional GET (one that can answer 304) tags what it sends, whatever the body's type (calendars).
        boolean conditional = operation.getResponses().getAPIResponses().containsKey("304");
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            add(response, "X-Request-Id");
            if (conditional && (status.startsWith("2") || "304".equals(status))) {
                add(response, "ETag");
            }
            if (status.startsWith("2")) {
                Schema body = bodySchema(openAPI, response);
                if ("201".equals(status) || "202".equals(status)) {
                    add(response, "Location");
                }
                if (body != null && body.getProperties() != null && body.getProperties().containsKey("version")) {
                    add(response, "ETag");
                }
                if (body != null && body.getProperties() != null && body.getProperties().containsKey("nextCursor")) {
                    add(response, "Link");
                }
                if (idempotent) {
                    add(response, "Idempotent-Replayed");
                }
            }
            if ("429".equals(status) || "503".equals(status)) {
                add(response, "Retry-After");
            }
            if ("401".equals(status)) {
                add(response, "WWW-Authenticate");
            }
        });
    }

    private static Schema bodySchema(OpenAPI openAPI, APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return null;
        }
        for (var media : response.getContent().getMediaTypes().values()) {
            Schema schema = media.getSchema();
            for (int i = 0; schema != null && schema.getRef() != null && i < 10; i++) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                schema = openAPI.getComponents().getSchemas().get(name);
            }
            if (schema != null) {
                return schema;
            }
        }
        return null;
    }

    private static void define(OpenAPI openAPI, String name, String description, String example) {
        Header header = OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        if (example != null) {
            header.setExample(example);
        }
        openAPI.getComponents().addHeader(name, header);
    }

    private static void add(APIResponse response, String name) {
        Map<String, Header> headers = response.getHeaders();
        if (headers == null || !headers.containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(REF + name));
        }
    }
}
