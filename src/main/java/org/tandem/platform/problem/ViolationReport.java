package org.tandem.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import jakarta.ws.rs.container.ResourceInfo;

/**
 * Reads bean-validation failures of a resource method and says, for each, whether it concerns the
 * body (field path like {@code name}) or a parameter (its wire name, like {@code limit}).
 */
record ViolationReport(List<Problem.FieldError> errors, boolean inParameters, boolean bodyMissing) {

    static ViolationReport of(ConstraintViolationException e, ResourceInfo resource) {
        Method method = findMethod(resource);
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean anyParameter = false;
        boolean bodyMissing = false;
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            Located located = locate(violation.getPropertyPath(), method);
            if (located.parameter()) {
                anyParameter = true;
            } else if (located.field().isEmpty()) {
                bodyMissing = true;
            }
            errors.add(new Problem.FieldError(located.field().isEmpty() ? "body" : located.field(), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return new ViolationReport(errors, anyParameter, bodyMissing && !anyParameter);
    }

    String detail() {
        return errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
    }

    private record Located(String field, boolean parameter) {
    }

    private static Located locate(Path path, Method method) {
        Iterator<Path.Node> nodes = path.iterator();
        // First node: the method; second: the parameter; the rest: a path inside it.
        if (nodes.hasNext()) {
            nodes.next();
        }
        if (!nodes.hasNext()) {
            return new Located("", false);
        }
        Path.Node parameterNode = nodes.next();
        if (parameterNode.getKind() != ElementKind.PARAMETER || method == null) {
            return new Located(rest(parameterNode, nodes), false);
        }
        int index = parameterNode.as(Path.ParameterNode.class).getParameterIndex();
        Annotation[] annotations = method.getParameterAnnotations()[index];
        String wireName = wireName(annotations);
        if (wireName != null) {
            return new Located(wireName, true);
        }
        if (has(annotations, BeanParam.class) && nodes.hasNext()) {
            Path.Node property = nodes.next();
            String name = fieldWireName(method.getParameterTypes()[index], property.getName());
            return new Located(name, true);
        }
        StringBuilder field = new StringBuilder();
        while (nodes.hasNext()) {
            append(field, nodes.next());
        }
        return new Located(field.toString(), false);
    }

    private static String rest(Path.Node first, Iterator<Path.Node> nodes) {
        StringBuilder field = new StringBuilder();
        append(field, first);
        while (nodes.hasNext()) {
            append(field, nodes.next());
        }
        return field.toString();
    }

    private static void append(StringBuilder field, Path.Node node) {
        if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
            return;
        }
        if (node.getIndex() != null && field.length() > 0) {
            field.append('[').append(node.getIndex()).append(']');
        }
        if (field.length() > 0) {
            field.append('.');
        }
        field.append(node.getName());
    }

    private static String wireName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) return q.value();
            if (a instanceof PathParam p) return p.value();
            if (a instanceof HeaderParam h) return h.value();
            if (a instanceof CookieParam c) return c.value();
            if (a instanceof FormParam f) return f.value();
            if (a instanceof org.jboss.resteasy.reactive.RestQuery q) return q.value().isEmpty() ? null : q.value();
            if (a instanceof org.jboss.resteasy.reactive.RestHeader h) return h.value().isEmpty() ? null : h.value();
        }
        return null;
    }

    private static String fieldWireName(Class<?> bean, String property) {
        try {
            Field f = bean.getDeclaredField(property);
            String name = wireName(f.getAnnotations());
            return name == null ? property : name;
        } catch (NoSuchFieldException e) {
            return property;
        }
    }

    private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
        for (Annotation a : annotations) {
            if (type.isInstance(a)) return true;
        }
        return false;
    }

    private static Method findMethod(ResourceInfo resource) {
        return resource == null ? null : resource.getResourceMethod();
    }
}
