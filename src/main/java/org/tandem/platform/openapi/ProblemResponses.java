package org.tandem.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes every operation of the document with the error responses our conventions make
 * possible, all as problem details, so that a client generated from the document knows them:
 * 400 and 500 everywhere, 401 and 403 where a token is required, 404 where the path or the body
 * names a resource, 413, 415 and 422 where there is a body, and the {@code Idempotency-Key} header with its
 * 409 and 422 where the operation is marked {@code x-idempotent}; 409 where a body could create
 * what a concurrent request already created, and 503 everywhere (the database is unreachable).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    static final String IDEMPOTENT_EXTENSION = "x-idempotent";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) ->
                item.getOperations().forEach((method, operation) -> complete(path, method, operation)));
        OperationContract.apply(openAPI);
        ResponseHeaders.apply(openAPI);
        DocumentShape.apply(openAPI);
        RequestExamples.apply(openAPI);
    }

    private void complete(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put("400", "The request is malformed: bad JSON, an unknown field, a wrong type or an invalid parameter");
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            wanted.put("401", "No valid access token was sent");
            wanted.put("403", "The caller's role does not include this function");
        }
        if (path.contains("{") || (secured && operation.getRequestBody() != null)) {
            wanted.put("404", "Not found, or not within the caller's scope (including records the request refers to)");
        }
        if (operation.getRequestBody() != null) {
            wanted.put("413", "The request body is larger than the server accepts");
            wanted.put("415", "The request body is not in a supported media type");
            wanted.put("422", "The request is well formed but not valid");
            if (method != PathItem.HttpMethod.PATCH) {
                wanted.put("409", "The request conflicts with the current state, or a concurrent request made the same "
                        + "thing first (already_exists)");
            }
        }
        if (isIdempotent(operation)) {
            addIdempotencyKeyParameter(operation);
            wanted.put("409", "A request with the same Idempotency-Key is still being processed");
            wanted.put("422", "The request is well formed but not valid, or its Idempotency-Key was used for another request");
        }
        wanted.put("500", "An unexpected failure on the server; quote the request id when reporting it");
        wanted.put("503", "The database cannot be reached at the moment; retry after the Retry-After seconds");
        for (Map.Entry<String, String> entry : wanted.entrySet()) {
            if (!responses.hasAPIResponse(entry.getKey())) {
                responses.addAPIResponse(entry.getKey(), OASFactory.createAPIResponse().description(entry.getValue()));
            }
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                useProblemContent(response);
            }
        });
    }

    private static boolean isIdempotent(Operation operation) {
        return operation.getExtensions() != null && operation.getExtensions().containsKey(IDEMPOTENT_EXTENSION);
    }

    private static void addIdempotencyKeyParameter(Operation operation) {
        boolean present = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()));
        if (!present) {
            operation.addParameter(OASFactory.createParameter()
                    .name("Idempotency-Key")
                    .in(Parameter.In.HEADER)
                    .required(false)
                    .description("A unique key (for example a UUID) that makes retries of this request safe: "
                            + "the same key and body replay the first response for 24 hours")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255)));
        }
    }

    static void useProblemContent(APIResponse response) {
        Content content = OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        response.setContent(content);
    }
}
