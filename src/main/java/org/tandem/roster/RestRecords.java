package org.tandem.roster;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The OneRoster 1.2 REST binding's records as rows of the 1.2 CSV binding, column for column, so that
 * a pulled record goes through exactly the checks and mapping of an uploaded one. References
 * ({@code GUIDRef}: {@code {"sourcedId": ...}}) become sourcedIds, lists become comma lists; a user's
 * embedded {@code roles} become roles.csv rows. Values of the wrong JSON type become text the CSV
 * checks then judge (an object is blank, so a required one is reported missing).
 */
final class RestRecords {

    /** The collections pulled, in the order references need (orgs first, enrollments last). */
    static final Map<String, OneRosterFiles> COLLECTIONS = new LinkedHashMap<>();

    static {
        COLLECTIONS.put("orgs", OneRosterFiles.ORGS);
        COLLECTIONS.put("academicSessions", OneRosterFiles.ACADEMIC_SESSIONS);
        COLLECTIONS.put("courses", OneRosterFiles.COURSES);
        COLLECTIONS.put("classes", OneRosterFiles.CLASSES);
        COLLECTIONS.put("users", OneRosterFiles.USERS);
        COLLECTIONS.put("enrollments", OneRosterFiles.ENROLLMENTS);
    }

    /** How each CSV column is read from the JSON record; a column not listed is the same-named member. */
    private static final Map<String, Function<JsonNode, String>> SPECIAL = Map.ofEntries(
            Map.entry("parentSourcedId", r -> ref(r, "parent")),
            Map.entry("schoolYearSourcedId", r -> ref(r, "schoolYear")),
            Map.entry("orgSourcedId", r -> ref(r, "org")),
            Map.entry("courseSourcedId", r -> ref(r, "course")),
            Map.entry("schoolSourcedId", r -> ref(r, "school")),
            Map.entry("termSourcedIds", r -> refs(r, "terms")),
            Map.entry("classSourcedId", r -> ref(r, "class")),
            Map.entry("userSourcedId", r -> ref(r, "user")),
            Map.entry("agentSourcedIds", r -> refs(r, "agents")),
            Map.entry("resourceSourcedIds", r -> refs(r, "resources")),
            Map.entry("primaryOrgSourcedId", r -> ref(r, "primaryOrg")),
            Map.entry("userProfileSourcedId", r -> ref(r, "userProfile")),
            Map.entry("userIds", RestRecords::userIds));

    private RestRecords() {
    }

    /** The record as a row of {@code file}'s 1.2 columns. */
    static List<String> row(OneRosterFiles file, JsonNode record) {
        List<String> columns = file.columns("1.2");
        List<String> row = new ArrayList<>(columns.size());
        for (String column : columns) {
            Function<JsonNode, String> special = SPECIAL.get(column);
            row.add(special != null ? special.apply(record) : text(record.get(column)));
        }
        return row;
    }

    /**
     * A user's roles as roles.csv rows: each carries the user's status and dateLastModified, and a
     * sourcedId made of the user's, the role and the org (the REST binding gives roles none).
     */
    static List<List<String>> roles(JsonNode user) {
        JsonNode roles = user.get("roles");
        List<List<String>> rows = new ArrayList<>();
        if (roles == null || !roles.isArray()) {
            return rows;
        }
        String userId = text(user.get("sourcedId"));
        for (JsonNode role : roles) {
            if (!role.isObject()) {
                continue;
            }
            String org = ref(role, "org");
            String name = text(role.get("role"));
            rows.add(List.of(userId + "|" + name + "|" + org, text(user.get("status")), text(user.get("dateLastModified")),
                    userId, text(role.get("roleType")), name, text(role.get("beginDate")), text(role.get("endDate")), org,
                    ref(role, "userProfile")));
        }
        return rows;
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isObject()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> {
                String text = text(item);
                if (!text.isEmpty()) {
                    items.add(text);
                }
            });
            return String.join(",", items);
        }
        return value.asText();
    }

    private static String ref(JsonNode record, String member) {
        JsonNode ref = record.get(member);
        return ref != null && ref.isObject() ? text(ref.get("sourcedId")) : "";
    }

    private static String refs(JsonNode record, String member) {
        JsonNode refs = record.get(member);
        if (refs == null || !refs.isArray()) {
            return "";
        }
        List<String> ids = new ArrayList<>();
        refs.forEach(ref -> {
            String id = ref.isObject() ? text(ref.get("sourcedId")) : "";
            if (!id.isEmpty()) {
                ids.add(id);
            }
        });
        return String.join(",", ids);
    }

    /** userIds as the CSV binding writes them: {type:identifier},... */
    private static String userIds(JsonNode user) {
        JsonNode ids = user.get("userIds");
        if (ids == null || !ids.isArray()) {
            return "";
        }
        List<String> items = new ArrayList<>();
        ids.forEach(id -> {
            if (id.isObject()) {
                items.add("{" + text(id.get("type")) + ":" + text(id.get("identifier")) + "}");
            }
        });
        return String.join(",", items);
    }
}
