package org.tandem.roster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A OneRoster 1.2 REST provider for the tests, on loopback: an OAuth 2.0 client-credentials token
 * endpoint and the rostering collections with limit/offset paging, X-Total-Count and the
 * {@code dateLastModified>'...'} filter. Its records are the CSV fixtures (src/test/resources/oneroster)
 * turned into the REST binding's JSON (references as {@code {href, sourcedId, type}}, roles inside
 * users, lists as arrays, booleans as booleans), so a pull can be compared with the upload of the
 * same package. Faults can be switched on per collection.
 */
final class ProviderStub implements AutoCloseable {

    static final String CLIENT_ID = "tandem-client";
    static final String CLIENT_SECRET = "s3cret:with/odd chars";
    static final String PATH = "/ims/oneroster/rostering/v1p2";
    static final Instant CLEAN_MODIFIED = Instant.parse("2026-08-01T00:00:00Z");
    static final List<String> COLLECTIONS = List.of("orgs", "academicSessions", "courses", "classes", "users", "enrollments");

    /** What a collection does wrong. */
    enum Fault { NONE, STATUS_503, NOT_JSON, NO_ARRAY, IGNORES_OFFSET, ENDLESS_BODY, STALL }

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Map<String, ObjectNode>> records = new ConcurrentHashMap<>();
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger tokensIssued = new AtomicInteger();
    volatile int maxLimit = Integer.MAX_VALUE;
    volatile long expiresIn = 3600;
    volatile boolean rejectClient;
    /** The next requests to a collection that fail with a status (and a Retry-After, if set) before it answers again. */
    private final Map<String, Transient> transients = new ConcurrentHashMap<>();

    private record Transient(AtomicInteger left, int status, String retryAfter) {
    }

    ProviderStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "oneroster-stub");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/token", this::token);
        server.createContext(PATH, this::collection);
        server.start();
        COLLECTIONS.forEach(c -> records.put(c, Collections.synchronizedMap(new LinkedHashMap<>())));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    String tokenUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
    }

    /** Serves the fixture package {@code dir}, each record modified at {@code modified} unless its row says otherwise. */
    ProviderStub load(String dir, Instant modified) {
        Map<String, byte[]> files = OneRosterPackages.files(dir);
        Map<String, List<ObjectNode>> roles = new HashMap<>();
        if (files.containsKey("roles.csv")) {
            for (Map<String, String> row : rows(files.get("roles.csv"))) {
                ObjectNode role = json.createObjectNode();
                role.put("roleType", row.get("roleType"));
                role.put("role", row.get("role"));
                role.set("org", ref("orgs", row.get("orgSourcedId")));
                optional(role, "beginDate", row.get("beginDate"));
                optional(role, "endDate", row.get("endDate"));
                roles.computeIfAbsent(row.get("userSourcedId"), k -> new ArrayList<>()).add(role);
            }
        }
        for (String collection : COLLECTIONS) {
            byte[] csv = files.get(collection + ".csv");
            if (csv == null) {
                continue;
            }
            for (Map<String, String> row : rows(csv)) {
                ObjectNode record = record(collection, row, modified, roles);
                records.get(collection).put(row.get("sourcedId"), record);
            }
        }
        return this;
    }

    /** The next {@code times} requests to the collection answer {@code status} (a 429 or 5xx that passes). */
    void failNext(String collection, int times, int status, String retryAfter) {
        transients.put(collection, new Transient(new AtomicInteger(times), status, retryAfter));
    }

    void fault(String collection, Fault fault) {
        faults.put(collection, fault);
    }

    /** Every token issued so far stops working (as when it expires at the provider). */
    void expireTokens() {
        validTokens.clear();
    }

    int recordCount(String collection) {
        return records.get(collection).size();
    }

    List<String> requestsTo(String collection) {
        return requests.stream().filter(r -> r.startsWith(PATH + "/" + collection + "?")).toList();
    }

    private ObjectNode record(String collection, Map<String, String> row, Instant modified, Map<String, List<ObjectNode>> roles) {
        ObjectNode r = json.createObjectNode();
        r.put("sourcedId", row.get("sourcedId"));
        r.put("status", row.get("status").isEmpty() ? "active" : row.get("status"));
        r.put("dateLastModified", row.get("dateLastModified").isEmpty() ? modified.toString() : row.get("dateLastModified"));
        switch (collection) {
            case "orgs" -> {
                r.put("name", row.get("name"));
                r.put("type", row.get("type"));
                optional(r, "identifier", row.get("identifier"));
                if (!row.get("parentSourcedId").isEmpty()) {
                    r.set("parent", ref("orgs", row.get("parentSourcedId")));
                }
            }
            case "academicSessions" -> {
                r.put("title", row.get("title"));
                r.put("type", row.get("type"));
                r.put("startDate", row.get("startDate"));
                r.put("endDate", row.get("endDate"));
                if (!row.get("parentSourcedId").isEmpty()) {
                    r.set("parent", ref("academicSessions", row.get("parentSourcedId")));
                }
                r.put("schoolYear", row.get("schoolYear"));
            }
            case "courses" -> {
                r.put("title", row.get("title"));
                if (!row.get("schoolYearSourcedId").isEmpty()) {
                    r.set("schoolYear", ref("academicSessions", row.get("schoolYearSourcedId")));
                }
                optional(r, "courseCode", row.get("courseCode"));
                r.set("grades", list(row.get("grades")));
                r.set("subjects", list(row.get("subjects")));
                r.set("org", ref("orgs", row.get("orgSourcedId")));
            }
            case "classes" -> {
                r.put("title", row.get("title"));
                optional(r, "classCode", row.get("classCode"));
                r.put("classType", row.get("classType"));
                optional(r, "location", row.get("location"));
                r.set("grades", list(row.get("grades")));
                r.set("subjects", list(row.get("subjects")));
                r.set("course", ref("courses", row.get("courseSourcedId")));
                r.set("school", ref("orgs", row.get("schoolSourcedId")));
                ArrayNode terms = r.putArray("terms");
                list(row.get("termSourcedIds")).forEach(t -> terms.add(ref("academicSessions", t.asText())));
                r.set("periods", list(row.get("periods")));
            }
            case "users" -> {
                r.put("enabledUser", Boolean.parseBoolean(row.get("enabledUser")));
                r.put("username", row.get("username"));
                r.put("givenName", row.get("givenName"));
                r.put("familyName", row.get("familyName"));
                optional(r, "identifier", row.get("identifier"));
                optional(r, "email", row.get("email"));
                optional(r, "sms", row.get("sms"));
                optional(r, "phone", row.get("phone"));
                ArrayNode agents = r.putArray("agents");
                list(row.get("agentSourcedIds")).forEach(a -> agents.add(ref("users", a.asText())));
                r.set("grades", list(row.get("grades")));
                if (!row.get("primaryOrgSourcedId").isEmpty()) {
                    r.set("primaryOrg", ref("orgs", row.get("primaryOrgSourcedId")));
                }
                ArrayNode userRoles = r.putArray("roles");
                roles.getOrDefault(row.get("sourcedId"), List.of()).forEach(userRoles::add);
                r.putArray("userProfiles");
            }
            case "enrollments" -> {
                r.set("class", ref("classes", row.get("classSourcedId")));
                r.set("school", ref("orgs", row.get("schoolSourcedId")));
                r.set("user", ref("users", row.get("userSourcedId")));
                r.put("role", row.get("role"));
                r.put("primary", Boolean.parseBoolean(row.get("primary")));
                optional(r, "beginDate", row.get("beginDate"));
                optional(r, "endDate", row.get("endDate"));
            }
            default -> throw new IllegalArgumentException(collection);
        }
        return r;
    }

    private ObjectNode ref(String collection, String id) {
        ObjectNode ref = json.createObjectNode();
        ref.put("href", PATH + "/" + collection + "/" + id);
        ref.put("sourcedId", id);
        ref.put("type", switch (collection) {
            case "orgs" -> "org";
            case "academicSessions" -> "academicSession";
            case "courses" -> "course";
            case "classes" -> "class";
            default -> "user";
        });
        return ref;
    }

    private ArrayNode list(String value) {
        ArrayNode array = json.createArrayNode();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                array.add(item.trim());
            }
        }
        return array;
    }

    private static void optional(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static List<Map<String, String>> rows(byte[] csv) {
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(csv), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- HTTP ----

    private void token(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":"
                + java.net.URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        if (!"POST".equals(exchange.getRequestMethod()) || !body.contains("grant_type=client_credentials")) {
            send(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        if (rejectClient || !expected.equals(auth)) {
            send(exchange, 401, "{\"error\":\"invalid_client\",\"error_description\":\"Unknown client\"}");
            return;
        }
        String token = "tok-" + tokensIssued.incrementAndGet();
        validTokens.add(token);
        send(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn + "}");
    }

    private void collection(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(path + "?" + query);
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !validTokens.contains(auth.substring(7))) {
            send(exchange, 401, "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\","
                    + "\"imsx_CodeMinor\":{\"imsx_codeMinorField\":[{\"imsx_codeMinorFieldName\":\"TargetEndSystem\","
                    + "\"imsx_codeMinorFieldValue\":\"unauthorisedrequest\"}]},\"imsx_description\":\"Token expired\"}");
            return;
        }
        String collection = path.substring(PATH.length() + 1);
        Map<String, ObjectNode> all = records.get(collection);
        if (all == null) {
            send(exchange, 404, "{\"imsx_codeMajor\":\"failure\",\"imsx_description\":\"Unknown collection\"}");
            return;
        }
        Map<String, String> params = params(query);
        Transient failing = transients.get(collection);
        if (failing != null && failing.left().getAndDecrement() > 0) {
            if (failing.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", failing.retryAfter());
            }
            send(exchange, failing.status(), "{\"imsx_codeMajor\":\"failure\",\"imsx_description\":\"Try again later\"}");
            return;
        }
        Fault fault = faults.getOrDefault(collection, Fault.NONE);
        switch (fault) {
            case STATUS_503 -> {
                send(exchange, 503, "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\","
                        + "\"imsx_description\":\"Server busy, try later\"}");
                return;
            }
            case NOT_JSON -> {
                send(exchange, 200, "<html>Maintenance</html>");
                return;
            }
            case NO_ARRAY -> {
                send(exchange, 200, "{\"something\":[]}");
                return;
            }
            case ENDLESS_BODY -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(("{\"" + collection + "\":[").getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = "{\"sourcedId\":\"x\",\"status\":\"active\"},".repeat(200).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 100_000; i++) {
                        out.write(chunk);
                    }
                } catch (IOException closedByClient) {
                    // the pull gave up on the page: expected
                }
                return;
            }
            case STALL -> {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, "{\"" + collection + "\":[]}");
                return;
            }
            default -> {
            }
        }
        int limit = Math.min(maxLimit, Integer.parseInt(params.getOrDefault("limit", "100")));
        int offset = fault == Fault.IGNORES_OFFSET ? 0 : Integer.parseInt(params.getOrDefault("offset", "0"));
        List<ObjectNode> matching;
        synchronized (all) {
            matching = new ArrayList<>(all.values());
        }
        String filter = params.get("filter");
        if (filter != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("dateLastModified>'([^']+)'").matcher(filter);
            if (!m.matches()) {
                send(exchange, 400, "{\"imsx_codeMajor\":\"failure\",\"imsx_description\":\"invalid_filter_field\"}");
                return;
            }
            Instant after = Instant.parse(m.group(1));
            matching = matching.stream().filter(r -> Instant.parse(r.get("dateLastModified").asText()).isAfter(after)).toList();
        }
        ObjectNode page = json.createObjectNode();
        ArrayNode items = page.putArray(collection);
        for (int i = offset; i < Math.min(matching.size(), offset + limit); i++) {
            items.add(matching.get(i));
        }
        exchange.getResponseHeaders().add("X-Total-Count", String.valueOf(matching.size()));
        send(exchange, 200, json.writeValueAsString(page));
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new HashMap<>();
        if (query == null) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The record with this sourcedId, for a test to change. */
    ObjectNode record(String collection, String sourcedId) {
        return records.get(collection).get(sourcedId);
    }

    JsonNode asJson() {
        return json.valueToTree(records);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
