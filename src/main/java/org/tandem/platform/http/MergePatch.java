package org.tandem.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/**
 * JSON Merge Patch (RFC 7396): applies a patch to the current state of a resource's writable
 * fields and returns the result as a validated request record. Unknown fields are a 400, invalid
 * results a 422, exactly as a full write would be.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final Validator validator;

    MergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ApiException.badRequest("invalid_patch", "A merge patch must be a JSON object");
        }
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        T result;
        try {
            result = mapper.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            // Jackson's own message names Java classes; say only which field does not fit.
            String field = e instanceof JsonMappingException mapping ? fieldOf(mapping) : "";
            if (field.isEmpty()) {
                throw new ApiException(400, "invalid_patch", "The patch does not fit this resource",
                        "The patch does not fit this resource", null, Map.of());
            }
            throw new ApiException(400, "invalid_patch", "The patch does not fit this resource",
                    field + " has the wrong type or value", List.of(new Problem.FieldError(field, "has the wrong type or value")),
                    Map.of());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            throw ApiException.validation(errors);
        }
        return result;
    }

    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(java.util.stream.Collectors.joining("."));
    }

    /** RFC 7396 §2: objects merge member by member, null removes, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
