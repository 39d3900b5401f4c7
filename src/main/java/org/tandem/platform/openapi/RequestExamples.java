package org.tandem.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every request body an example when its operation declares none: built from the schema's own
 * {@code example}s, first enum values and formats (required properties and those with an example), so
 * Swagger UI, the Postman collection and the reader see a plausible body rather than {@code "string"}s.
 * An {@code @RequestBody} or {@code @Schema(example = ...)} written by hand wins.
 */
final class RequestExamples {

    private static final int DEPTH = 6;

    private RequestExamples() {
    }

    static void apply(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getRequestBody() == null || op.getRequestBody().getContent() == null
                    || op.getRequestBody().getContent().getMediaTypes() == null) {
                return;
            }
            for (MediaType media : op.getRequestBody().getContent().getMediaTypes().values()) {
                if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())
                        && media.getSchema() != null) {
                    media.setExample(sample(openAPI, media.getSchema(), 0));
                }
            }
        }));
    }

    private static Object sample(OpenAPI openAPI, Schema schemaOrRef, int depth) {
        Schema schema = resolve(openAPI, schemaOrRef);
        if (schema == null || depth > DEPTH) {
            return null;
        }
        if (example(schema) != null) {
            return example(schema);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            Object merged = null;
            for (Schema part : schema.getAllOf()) {
                Object value = sample(openAPI, part, depth + 1);
                if (value instanceof Map<?, ?> map && merged instanceof Map<?, ?> into) {
                    @SuppressWarnings("unchecked") Map<Object, Object> target = (Map<Object, Object>) into;
                    target.putAll(map);
                } else if (merged == null) {
                    merged = value instanceof Map<?, ?> map ? new LinkedHashMap<>(map) : value;
                }
            }
            if (schema.getProperties() != null && merged instanceof Map<?, ?>) {
                @SuppressWarnings("unchecked") Map<Object, Object> target = (Map<Object, Object>) merged;
                target.putAll(object(openAPI, schema, depth));
            }
            return merged;
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return sample(openAPI, schema.getOneOf().get(0), depth + 1);
        }
        List<Schema.SchemaType> types = schema.getType();
        Schema.SchemaType type = types == null || types.isEmpty() ? null : types.get(0);
        if (type == null && schema.getProperties() != null) {
            type = Schema.SchemaType.OBJECT;
        }
        if (type == null) {
            return null;
        }
        return switch (type) {
            case OBJECT -> object(openAPI, schema, depth);
            case ARRAY -> {
                Object item = schema.getItems() == null ? null : sample(openAPI, schema.getItems(), depth + 1);
                yield item == null ? List.of() : List.of(item);
            }
            case INTEGER, NUMBER -> schema.getMinimum() != null ? schema.getMinimum().intValue() : 1;
            case BOOLEAN -> Boolean.TRUE;
            case STRING -> string(schema);
            default -> null;
        };
    }

    private static Map<String, Object> object(OpenAPI openAPI, Schema schema, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (schema.getProperties() == null) {
            return out;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            Schema resolved = resolve(openAPI, property);
            boolean wanted = required.contains(name) || (resolved != null && example(resolved) != null);
            if (wanted && (resolved == null || !Boolean.TRUE.equals(resolved.getReadOnly()))) {
                Object value = sample(openAPI, property, depth + 1);
                if (value != null) {
                    out.put(name, value);
                }
            }
        });
        if (out.isEmpty() && !schema.getProperties().isEmpty()) {
            // A body of optional fields only (a merge patch): show one of them.
            Map.Entry<String, Schema> first = schema.getProperties().entrySet().iterator().next();
            Object value = sample(openAPI, first.getValue(), depth + 1);
            if (value != null) {
                out.put(first.getKey(), value);
            }
        }
        return out;
    }

    /** The schema's example: {@code example}, or the first of {@code examples} (how the model keeps annotations'). */
    private static Object example(Schema schema) {
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        return schema.getExamples() == null || schema.getExamples().isEmpty() ? null : schema.getExamples().get(0);
    }

    private static Object string(Schema schema) {
        String format = schema.getFormat();
        if ("uuid".equals(format)) {
            return "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        }
        if ("date-time".equals(format)) {
            return "2026-11-22T09:00:00Z";
        }
        if ("date".equals(format)) {
            return "2026-11-22";
        }
        if ("email".equals(format)) {
            return "ana.lopez@demo.tandem.test";
        }
        int length = schema.getMinLength() == null ? 4 : Math.max(4, schema.getMinLength());
        return "text-example-value-for-a-field".repeat(1 + length / 30).substring(0, Math.max(length, 4));
    }

    private static Schema resolve(OpenAPI openAPI, Schema schema) {
        Schema current = schema;
        for (int i = 0; current != null && current.getRef() != null && i < 10; i++) {
            String name = current.getRef().substring(current.getRef().lastIndexOf('/') + 1);
            current = openAPI.getComponents().getSchemas().get(name);
        }
        return current;
    }
}
