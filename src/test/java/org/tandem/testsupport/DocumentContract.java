package org.tandem.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the schema validator does not check, checked on every response the suite gets from an
 * operation of the document:
 * <ul>
 *   <li>no <b>undeclared field</b>: every member of a JSON body is a property of its schema (through
 *       {@code $ref}, {@code allOf}, and the {@code oneOf} branch that fits);</li>
 *   <li>no <b>undeclared header</b>: a header of the API's own ({@link #WATCHED}) is declared on the response;</li>
 *   <li>a problem's <b>code is declared</b> by the operation ({@code x-tandem-problem-codes} for its status).</li>
 * </ul>
 * Wrong nullability is the schema validator's: a null where the schema is not {@code nullable} fails there.
 */
final class DocumentContract implements Filter {

    /** Headers the API sets itself, which the document must declare where they appear. */
    static final Set<String> WATCHED = Set.of("link", "etag", "x-request-id", "idempotent-replayed", "retry-after",
            "location", "deprecation", "sunset");

    private record Route(Pattern path, String method, JsonNode operation) {
    }

    private final JsonNode document;
    private final List<Route> routes = new ArrayList<>();

    DocumentContract(String documentJson) {
        try {
            document = new ObjectMapper().readTree(documentJson);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (op.getValue().has("responses")) {
                String regex = path.getKey().replaceAll("\\{[^}]+}", "[^/]+");
                routes.add(new Route(Pattern.compile(regex), op.getKey().toUpperCase(Locale.ROOT), op.getValue()));
            }
        }));
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        Route route = routes.stream()
                .filter(r -> r.method().equals(request.getMethod()) && r.path().matcher(path).matches())
                .findFirst().orElse(null);
        if (route == null) {
            return response;
        }
        String where = request.getMethod() + " " + path + " → " + response.getStatusCode();
        String status = Integer.toString(response.getStatusCode());
        JsonNode declared = route.operation().path("responses").has(status)
                ? resolve(route.operation().path("responses").get(status))
                : resolve(route.operation().path("responses").path("default"));
        List<String> problems = new ArrayList<>();
        for (io.restassured.http.Header header : response.getHeaders()) {
            String name = header.getName().toLowerCase(Locale.ROOT);
            if (WATCHED.contains(name) && !declaresHeader(declared, name)) {
                problems.add("header " + header.getName() + " is not declared");
            }
        }
        String contentType = response.getContentType() == null ? "" : response.getContentType();
        String body = response.asString();
        if (contentType.contains("json") && body != null && !body.isBlank()) {
            JsonNode json;
            try {
                json = new ObjectMapper().readTree(body);
            } catch (java.io.IOException e) {
                throw new AssertionError(where + ": the body is not JSON", e);
            }
            String mediaType = contentType.split(";")[0].trim();
            JsonNode schema = declared.path("content").path(mediaType).path("schema");
            if (!schema.isMissingNode()) {
                undeclared(json, schema, "", problems);
            }
            if (mediaType.equals("application/problem+json") && json.has("code")) {
                JsonNode codes = route.operation().path("x-tandem-problem-codes").path(status);
                boolean listed = false;
                for (JsonNode code : codes) {
                    listed |= code.asText().equals(json.get("code").asText());
                }
                if (!listed) {
                    problems.add("problem code " + json.get("code").asText() + " is not in the operation's "
                            + "x-tandem-problem-codes for " + status + " (add it with @ProblemCodes)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(where + " does not match the document: " + String.join("; ", problems));
        }
        return response;
    }

    private boolean declaresHeader(JsonNode response, String name) {
        Iterator<String> names = response.path("headers").fieldNames();
        while (names.hasNext()) {
            if (names.next().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** Members of {@code value} that no applicable schema declares. */
    private void undeclared(JsonNode value, JsonNode schemaOrRef, String at, List<String> problems) {
        JsonNode schema = resolve(schemaOrRef);
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode branches = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            List<String> best = null;
            for (JsonNode branch : branches) {
                List<String> found = new ArrayList<>();
                undeclared(value, branch, at, found);
                if (best == null || found.size() < best.size()) {
                    best = found;
                }
            }
            if (best != null) {
                problems.addAll(best);
            }
            return;
        }
        if (value.isArray()) {
            JsonNode items = itemsOf(schema);
            if (items != null) {
                for (int i = 0; i < value.size(); i++) {
                    undeclared(value.get(i), items, at + "[" + i + "]", problems);
                }
            }
            return;
        }
        if (!value.isObject()) {
            return;
        }
        List<JsonNode> parts = new ArrayList<>();
        collect(schema, parts);
        boolean open = parts.stream().anyMatch(p -> p.path("additionalProperties").isObject()
                || p.path("additionalProperties").asBoolean(false));
        value.fields().forEachRemaining(member -> {
            JsonNode property = null;
            for (JsonNode part : parts) {
                if (part.path("properties").has(member.getKey())) {
                    property = part.path("properties").get(member.getKey());
                }
            }
            if (property == null) {
                if (!open && !parts.isEmpty()) {
                    problems.add("field " + at + "/" + member.getKey() + " is not declared");
                }
            } else {
                undeclared(member.getValue(), property, at + "/" + member.getKey(), problems);
            }
        });
    }

    private JsonNode itemsOf(JsonNode schema) {
        List<JsonNode> parts = new ArrayList<>();
        collect(schema, parts);
        return parts.stream().filter(p -> p.has("items")).map(p -> p.get("items")).findFirst().orElse(null);
    }

    private void collect(JsonNode schemaOrRef, List<JsonNode> into) {
        JsonNode schema = resolve(schemaOrRef);
        into.add(schema);
        for (JsonNode part : schema.path("allOf")) {
            collect(part, into);
        }
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 20 && current.has("$ref"); i++) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }
}
