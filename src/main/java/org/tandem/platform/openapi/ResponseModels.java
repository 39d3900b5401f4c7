package org.tandem.platform.openapi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Marks as {@code required} every property a response record always writes. Jackson writes every
 * component of a record ({@code serialization-inclusion=always}), {@code null} included, unless the
 * record or the component says {@code @JsonInclude(NON_NULL)}: so in a schema used only by responses
 * such a property is always present, and a generated client should not make it optional. Whether it
 * may be {@code null} stays as annotated ({@code @Schema(nullable = true)}); the test suite's schema
 * validation fails on a null where the schema does not allow one. Schemas also used in requests are
 * left alone (there a field may be omitted).
 */
final class ResponseModels {

    private ResponseModels() {
    }

    static void apply(OpenAPI openAPI, List<Class<?>> classes) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inResponses = new HashSet<>();
        Set<String> inRequests = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> {
                    if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                        r.getContent().getMediaTypes().values().forEach(m -> reach(m.getSchema(), schemas, inResponses));
                    }
                });
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null
                    && op.getRequestBody().getContent().getMediaTypes() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> reach(m.getSchema(), schemas, inRequests));
            }
        }));
        for (Class<?> type : classes) {
            if (!type.isRecord() || omitsNulls(type)) {
                continue;
            }
            org.eclipse.microprofile.openapi.annotations.media.Schema named =
                    type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            String name = named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName();
            Schema schema = schemas.get(name);
            if (schema == null || !inResponses.contains(name) || inRequests.contains(name) || schema.getProperties() == null) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (ignored(component) || omitsNulls(component)) {
                    continue;
                }
                JsonProperty renamed = annotation(component, JsonProperty.class);
                String property = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
                if (schema.getProperties().containsKey(property)
                        && (schema.getRequired() == null || !schema.getRequired().contains(property))) {
                    schema.addRequired(property);
                }
            }
        }
    }

    private static void reach(Schema start, Map<String, Schema> schemas, Set<String> seen) {
        Deque<Schema> todo = new ArrayDeque<>();
        if (start != null) {
            todo.add(start);
        }
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (seen.add(name) && schemas.get(name) != null) {
                    todo.add(schemas.get(name));
                }
                continue;
            }
            List<Schema> parts = new ArrayList<>();
            if (schema.getProperties() != null) parts.addAll(schema.getProperties().values());
            if (schema.getItems() != null) parts.add(schema.getItems());
            if (schema.getAllOf() != null) parts.addAll(schema.getAllOf());
            if (schema.getOneOf() != null) parts.addAll(schema.getOneOf());
            if (schema.getAnyOf() != null) parts.addAll(schema.getAnyOf());
            if (schema.getAdditionalPropertiesSchema() != null) parts.add(schema.getAdditionalPropertiesSchema());
            todo.addAll(parts);
        }
    }

    private static boolean omitsNulls(AnnotatedElement element) {
        JsonInclude include = element.getAnnotation(JsonInclude.class);
        return include != null && include.value() != JsonInclude.Include.ALWAYS
                && include.value() != JsonInclude.Include.USE_DEFAULTS;
    }

    private static boolean omitsNulls(RecordComponent component) {
        JsonInclude include = annotation(component, JsonInclude.class);
        return include != null && include.value() != JsonInclude.Include.ALWAYS
                && include.value() != JsonInclude.Include.USE_DEFAULTS;
    }

    private static boolean ignored(RecordComponent component) {
        JsonIgnore ignore = annotation(component, JsonIgnore.class);
        return ignore != null && ignore.value();
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(RecordComponent component, Class<A> type) {
        A found = component.getAccessor().getAnnotation(type);
        if (found == null) {
            try {
                found = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(type);
            } catch (NoSuchFieldException e) {
                return null;
            }
        }
        return found;
    }
}
