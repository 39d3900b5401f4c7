package org.tandem.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.access.Roles;
import org.tandem.platform.tenancy.TenantScope;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.TestTokens;

/**
 * Every operation of the served API document, sent malformed the ways careless clients and attackers
 * do, with a token of a role that may call it. No answer may be a 5xx; every 4xx must be problem
 * details; no body may show a class name, a stack trace or SQL. New operations are covered without
 * editing this test: it reads the document at run time.
 */
@QuarkusTest
class NegativeRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |org\\.hibernate|org\\.postgresql|java\\.lang\\.|jakarta\\.|io\\.quarkus|(?i:select .* from |insert into |update \\S+ set )");
    private static final Duration BUDGET = Duration.ofSeconds(100);

    @TestHTTPResource("/")
    URL base;

    private final List<String> failures = new ArrayList<>();
    private int sent;

    private record Operation(String method, String path, JsonNode spec) {
    }

    private record Variant(String name, String path, String query, String contentType, byte[] body) {
    }

    /** The sign-in and reset limits count per client address, and every test calls from this one. */
    @AfterEach
    void forgetTheThrottledAttempts() {
        Arc.container().instance(TenantScope.class).get().acrossTenants(() -> Arc.container().instance(EntityManager.class)
                .get().createNativeQuery("DELETE FROM rate_limit_counter WHERE bucket LIKE '%address%'").executeUpdate());
    }

    @Test
    void noMalformedRequestToAnyOperationGetsA5xxOrALeakOrANonProblem() throws Exception {
        JsonNode document = JSON.readTree(get("/q/openapi?format=json"));
        TestDistrict d = TestDistrict.create();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("district_admin", d.districtAdmin());
        tokens.put("school_admin", d.schoolAdmin());
        tokens.put("staff", d.teacherA());
        tokens.put("guardian", d.guardianA());
        tokens.put("integrator", TestTokens.forTenant(d.tenantId.toString(), UUID.randomUUID().toString(), Roles.INTEGRATOR));

        Instant deadline = Instant.now().plus(BUDGET);
        List<Operation> operations = operations(document);
        for (Operation op : operations) {
            if (Instant.now().isAfter(deadline)) {
                failures.add("time budget spent before " + op.method() + " " + op.path());
                break;
            }
            String token = secured(op) ? chooseToken(op, tokens) : null;
            for (Variant v : variants(document, op)) {
                check(op, v, token);
            }
        }
        assertTrue(operations.size() > 50, "the document lists the operations (" + operations.size() + ")");
        assertTrue(failures.isEmpty(), sent + " requests, " + failures.size() + " failures:\n" + String.join("\n", failures));
    }

    private List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
            }
        }));
        return operations;
    }

    private static boolean secured(Operation op) {
        JsonNode security = op.spec().get("security");
        return security == null || !security.isEmpty();
    }

    /** The first role that is not refused with 403 for a plain request to the operation. */
    private String chooseToken(Operation op, Map<String, String> tokens) throws Exception {
        String path = fill(op.path(), UUID.randomUUID().toString());
        String contentType = requestMediaType(op);
        for (String token : tokens.values()) {
            Answer r = send(op.method(), path, contentType, contentType == null ? null : "{}".getBytes(), token);
            if (r.statusCode() != 403) {
                return token;
            }
        }
        return tokens.get("district_admin");
    }

    private List<Variant> variants(JsonNode document, Operation op) {
        List<Variant> variants = new ArrayList<>();
        String goodPath = fill(op.path(), UUID.randomUUID().toString());
        String contentType = requestMediaType(op);
        byte[] goodBody = contentType == null ? null : validBody(document, op, contentType);

        if (op.path().contains("{")) {
            for (String bad : new String[] {"not-a-uuid", "a%00b", "%zz", "x".repeat(600), "00000000-0000-0000-0000-00000000000G"}) {
                variants.add(new Variant("path " + bad.substring(0, Math.min(12, bad.length())), fill(op.path(), bad),
                        "", contentType, goodBody));
            }
        }
        for (JsonNode parameter : op.spec().path("parameters")) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            for (String bad : new String[] {"a%00b", "%ZZ", enc("x".repeat(5000)), "-1", "99999999999999999999999",
                    "not-a-uuid", enc("2026-13-45T99:99:99Z"), enc("\u00e9\u00e8"), ""}) {
                variants.add(new Variant("query " + name + "=" + bad.substring(0, Math.min(12, bad.length())),
                        goodPath, name + "=" + bad, contentType, goodBody));
            }
            variants.add(new Variant("duplicate query " + name, goodPath, name + "=1&" + name + "=2", contentType, goodBody));
        }
        variants.add(new Variant("cursor forged", goodPath, "cursor=" + enc("eyJub3QiOiJ5b3VycyJ9.c2ln"), contentType, goodBody));
        variants.add(new Variant("cursor 9000", goodPath, "cursor=" + "c".repeat(9000), contentType, goodBody));
        variants.add(new Variant("unknown query", goodPath, "zzz%00=1", contentType, goodBody));

        if (op.method().equals("GET") || op.method().equals("DELETE")) {
            return variants;
        }
        if (contentType != null && contentType.contains("form")) {
            for (String form : new String[] {"a=%ZZ", "grant_type=password&grant_type=password", "x=%00", "%", "=&=&",
                    "grant_type=refresh_token&refresh_token=x&y=%ZZ", "token=" + "x".repeat(20_000)}) {
                variants.add(new Variant("form " + form.substring(0, Math.min(20, form.length())), goodPath, "",
                        contentType, form.getBytes(StandardCharsets.ISO_8859_1)));
            }
            return variants;
        }
        String json = contentType == null ? "application/json" : contentType;
        for (String raw : new String[] {"", "{", "[]", "null", "\"text\"", "1", "{\"a\":1,\"a\":1}", "{\"\u0000\":1}",
                "{\"x\":" + "[".repeat(3000) + "]".repeat(3000) + "}", "{\"x\":\"" + "y".repeat(300_000) + "\"}"}) {
            variants.add(new Variant("body " + raw.substring(0, Math.min(15, raw.length())), goodPath, "", json,
                    raw.getBytes(StandardCharsets.UTF_8)));
        }
        variants.add(new Variant("body invalid UTF-8", goodPath, "", json, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        variants.add(new Variant("body text/plain", goodPath, "", "text/plain", "hello".getBytes()));
        variants.add(new Variant("no body", goodPath, "", json, null));
        if (goodBody != null) {
            variants.add(new Variant("valid body", goodPath, "", json, goodBody));
            try {
                JsonNode body = JSON.readTree(goodBody);
                if (body.isObject()) {
                    Iterator<String> names = body.fieldNames();
                    while (names.hasNext()) {
                        String field = names.next();
                        for (JsonNode bad : new JsonNode[] {JsonNodeFactory.instance.textNode("a\u0000b"),
                                JsonNodeFactory.instance.numberNode(1e300), JsonNodeFactory.instance.objectNode(),
                                JsonNodeFactory.instance.textNode("x".repeat(70_000)), JsonNodeFactory.instance.booleanNode(true),
                                JsonNodeFactory.instance.textNode("not-a-uuid")}) {
                            ObjectNode copy = ((ObjectNode) body).deepCopy();
                            copy.set(field, bad);
                            variants.add(new Variant("field " + field + " " + bad.getNodeType(), goodPath, "", json,
                                    JSON.writeValueAsBytes(copy)));
                        }
                    }
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return variants;
    }

    private void check(Operation op, Variant v, String token) {
        String target = v.path() + (v.query().isEmpty() ? "" : "?" + v.query());
        String what = op.method() + " " + op.path() + " [" + v.name() + "]";
        Answer r;
        try {
            r = send(op.method(), target, v.contentType(), v.body(), token);
        } catch (Exception e) {
            failures.add(what + ": no answer (" + e + ")");
            return;
        }
        int status = r.statusCode();
        String body = r.body() == null ? "" : r.body();
        if (status >= 500) {
            failures.add(what + ": " + status + " " + body.substring(0, Math.min(200, body.length())));
        } else if (status >= 400 && !r.headers().getOrDefault("content-type", "").startsWith("application/problem+json")) {
            failures.add(what + ": " + status + " is not problem details (" + r.headers().getOrDefault("content-type", "no type") + ")");
        } else if (status >= 400 && !r.headers().containsKey("x-request-id")) {
            failures.add(what + ": " + status + " without X-Request-Id");
        }
        if (LEAK.matcher(body).find()) {
            failures.add(what + ": " + status + " body leaks internals: " + body.substring(0, Math.min(300, body.length())));
        }
    }

    /** A status, headers (lower-case names) and body, read off a raw HTTP/1.1 exchange. */
    private record Answer(int statusCode, Map<String, String> headers, String body) {
    }

    /**
     * Written by hand on a socket: Java's HTTP clients refuse to send the malformed URIs this test is about.
     */
    private Answer send(String method, String target, String contentType, byte[] body, String token) throws Exception {
        sent++;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + base.getHost()
                    + "\r\nConnection: close\r\nAccept: application/json\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            if (contentType != null && body != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (java.io.IOException e) {
                    // The server may answer (413) and close before reading all of a large body.
                }
            }
            out.flush();
            byte[] raw = socket.getInputStream().readAllBytes();
            return parse(new String(raw, StandardCharsets.UTF_8));
        }
    }

    private static Answer parse(String raw) {
        int split = raw.indexOf("\r\n\r\n");
        String[] lines = (split < 0 ? raw : raw.substring(0, split)).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim());
            }
        }
        String body = split < 0 ? "" : raw.substring(split + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            StringBuilder joined = new StringBuilder();
            String rest = body;
            while (true) {
                int eol = rest.indexOf("\r\n");
                if (eol < 0) break;
                int size = Integer.parseInt(rest.substring(0, eol).split(";")[0].trim(), 16);
                if (size == 0) break;
                int from = eol + 2;
                int to = Math.min(rest.length(), from + size);
                joined.append(rest, from, to);
                rest = to + 2 <= rest.length() ? rest.substring(to + 2) : "";
            }
            body = joined.toString();
        }
        return new Answer(status, headers, body);
    }

    private String get(String path) throws Exception {
        return send("GET", path, null, null, null).body();
    }

    private static String requestMediaType(Operation op) {
        JsonNode content = op.spec().path("requestBody").path("content");
        Iterator<String> types = content.fieldNames();
        return types.hasNext() ? types.next() : null;
    }

    /** A body that fits the schema as far as types, formats, enums and bounds go. */
    private static byte[] validBody(JsonNode document, Operation op, String contentType) {
        JsonNode schema = resolve(document, op.spec().path("requestBody").path("content").path(contentType).path("schema"));
        if (contentType.contains("form")) {
            StringBuilder form = new StringBuilder();
            schema.path("properties").fieldNames().forEachRemaining(name ->
                    form.append(form.isEmpty() ? "" : "&").append(name).append("=x"));
            return form.toString().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return JSON.writeValueAsBytes(sample(document, schema, 0));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode sample(JsonNode document, JsonNode schema, int depth) {
        schema = resolve(document, schema);
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (schema.has("allOf")) {
            return sample(document, schema.get("allOf").get(0), depth);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object": {
                ObjectNode node = f.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(p -> node.set(p.getKey(), sample(document, p.getValue(), depth + 1)));
                }
                return node;
            }
            case "array":
                return depth < 4 ? f.arrayNode().add(sample(document, schema.path("items"), depth + 1)) : f.arrayNode();
            case "integer":
            case "number":
                return f.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "boolean":
                return f.booleanNode(true);
            default:
                String format = schema.path("format").asText("");
                int min = schema.path("minLength").asInt(1);
                return f.textNode(switch (format) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date-time" -> Instant.now().plusSeconds(3600).toString();
                    case "date" -> LocalDate.now().toString();
                    case "email" -> "someone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
                    default -> "a".repeat(Math.max(Math.min(min, 64), 10));
                });
        }
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        while (schema != null && schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = document.at(ref.substring(1));
        }
        return schema == null ? JsonNodeFactory.instance.objectNode() : schema;
    }

    private static String fill(String template, String value) {
        return template.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(value));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
