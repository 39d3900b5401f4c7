package org.tandem.platform.problem;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Finds the query parameter that could not be converted to its declared type, so that a value like
 * {@code limit=ten} is reported as a 400 naming {@code limit} rather than the 404 JAX-RS prescribes.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * The path parameter that could not be converted (a malformed UUID): a 400 naming it, as the
     * conventions promise, instead of JAX-RS's 404.
     */
    static Optional<Problem.FieldError> firstUnconvertiblePath(Method method, MultivaluedMap<String, String> path) {
        for (Parameter parameter : method.getParameters()) {
            jakarta.ws.rs.PathParam p = parameter.getAnnotation(jakarta.ws.rs.PathParam.class);
            if (p != null) {
                Optional<Problem.FieldError> error = check(p.value(), parameter.getType(), path.get(p.value()));
                if (error.isPresent()) {
                    return error;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Problem.FieldError> firstUnconvertible(Method method, MultivaluedMap<String, String> query) {
        for (Parameter parameter : method.getParameters()) {
            QueryParam q = parameter.getAnnotation(QueryParam.class);
            if (q != null) {
                Optional<Problem.FieldError> error = check(q.value(), parameter.getType(), query.get(q.value()));
                if (error.isPresent()) {
                    return error;
                }
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    QueryParam fq = field.getAnnotation(QueryParam.class);
                    if (fq != null) {
                        Optional<Problem.FieldError> error = check(fq.value(), field.getType(), query.get(fq.value()));
                        if (error.isPresent()) {
                            return error;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem.FieldError> check(String name, Class<?> type, List<String> values) {
        if (values == null) {
            return Optional.empty();
        }
        for (String value : values) {
            if (!converts(type, value)) {
                return Optional.of(new Problem.FieldError(name, "must be " + describe(type)));
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean converts(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) Integer.parseInt(value);
            else if (type == long.class || type == Long.class) Long.parseLong(value);
            else if (type == boolean.class || type == Boolean.class) {
                return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            } else if (type == UUID.class) UUID.fromString(value);
            else if (type == Instant.class) Instant.parse(value);
            else if (type == LocalDate.class) LocalDate.parse(value);
            else if (type.isEnum()) Enum.valueOf((Class) type, value.toUpperCase());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String describe(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) return "an integer";
        if (type == boolean.class || type == Boolean.class) return "true or false";
        if (type == UUID.class) return "a UUID";
        if (type == Instant.class) return "an RFC 3339 timestamp";
        if (type == LocalDate.class) return "a date (YYYY-MM-DD)";
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase())
                    .collect(Collectors.joining(", "));
        }
        return "a valid value";
    }
}
