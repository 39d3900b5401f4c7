package org.tandem.platform.http;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path of the API answers, read once from the resource classes, so that a 405
 * can carry the {@code Allow} header RFC 9110 asks for (RESTEasy Reactive sends none).
 */
public final class AllowedMethods {

    private record Route(Pattern path, String method, List<String> consumes) {
    }

    private static volatile List<Route> routes;

    private AllowedMethods() {
    }

    /** The methods allowed on this request path, comma-separated, or null when none is known. */
    public static String of(String requestPath) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(requestPath).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.isEmpty()) {
            return null;
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }

    /**
     * The media types the operation at this path and method reads (its {@code @Consumes}), joined with
     * " or ", for a 415 that names the right one; empty when unknown.
     */
    public static java.util.Optional<String> consumed(String requestPath, String method) {
        for (Route route : routes()) {
            if (route.method().equals(method) && route.path().matcher(requestPath).matches() && !route.consumes().isEmpty()) {
                return java.util.Optional.of(String.join(" or ", route.consumes()));
            }
        }
        return java.util.Optional.empty();
    }

    private static List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        jakarta.ws.rs.Consumes consumes = method.getAnnotation(jakarta.ws.rs.Consumes.class);
                        if (consumes == null) {
                            consumes = type.getAnnotation(jakarta.ws.rs.Consumes.class);
                        }
                        found.add(new Route(template(root.value() + (sub == null ? "" : "/" + sub.value())), verb,
                                consumes == null ? List.of() : List.of(consumes.value())));
                    }
                }
            }
            routes = List.copyOf(found);
        }
        return routes;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static Pattern template(String path) {
        String normalized = ("/" + path).replaceAll("/+", "/").replaceAll("/$", "");
        StringBuilder regex = new StringBuilder();
        for (String part : normalized.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }
}
