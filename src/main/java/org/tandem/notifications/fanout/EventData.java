package org.tandem.notifications.fanout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A domain event's data, read leniently: a missing or malformed field is null, never an exception. */
public record EventData(JsonNode node) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static EventData parse(String json) {
        try {
            JsonNode node = JSON.readTree(json == null ? "{}" : json);
            return new EventData(node == null || !node.isObject() ? JSON.createObjectNode() : node);
        } catch (java.io.IOException e) {
            return new EventData(JSON.createObjectNode());
        }
    }

    public String text(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public UUID uuid(String field) {
        String text = text(field);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Integer integer(String field) {
        JsonNode value = node.get(field);
        return value == null || !value.canConvertToInt() ? null : value.asInt();
    }

    public boolean flag(String field) {
        JsonNode value = node.get(field);
        return value != null && value.asBoolean(false);
    }

    /** The string values (ids, states), for an app to route a notification; nested values are left out. */
    public Map<String, String> strings() {
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                out.put(e.getKey(), e.getValue().asText());
            }
        });
        return out;
    }
}
