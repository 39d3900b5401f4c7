package org.tandem.platform.openapi;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The JAX-RS resource methods of the application by operation ({@code GET /api/v1/threads/{threadId}}),
 * read from the compiled classes under {@code org/tandem}, so that build-time document filters can
 * read a method's annotations ({@code @RolesAllowed}, {@link ProblemCodes}).
 */
final class ResourceMethods {

    private static final String ROOT = "org/tandem/";

    private ResourceMethods() {
    }

    static Map<String, Method> scan(ClassLoader loader) {
        Map<String, Method> found = new HashMap<>();
        for (Class<?> type : classes(loader)) {
            Path root = type.getAnnotation(Path.class);
            if (root == null || type.isInterface()) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    found.put(verb + " " + normalize(root.value() + (sub == null ? "" : "/" + sub.value())), method);
                }
            }
        }
        return found;
    }

    /** The application's classes under {@code org/tandem}, loaded without initialising them. */
    static List<Class<?>> classes(ClassLoader loader) {
        List<Class<?>> classes = new ArrayList<>();
        for (String className : classNames(loader)) {
            try {
                classes.add(Class.forName(className, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                // a class that cannot load here (an optional dependency) has no part in the document
            }
        }
        return classes;
    }

    /** {@code /a//b/{id: [0-9]+}/} as the document writes it: {@code /a/b/{id}}. */
    static String normalize(String path) {
        String p = ("/" + path).replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
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

    private static List<String> classNames(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(ROOT))) {
                if ("file".equals(url.getProtocol())) {
                    java.nio.file.Path dir = Paths.get(url.toURI());
                    try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
                        files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(
                                ROOT.replace('/', '.') + dir.relativize(f).toString()
                                        .replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "")));
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    try (JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
                        jar.stream().map(e -> e.getName())
                                .filter(n -> n.startsWith(ROOT) && n.endsWith(".class"))
                                .forEach(n -> names.add(n.replace('/', '.').replaceAll("\\.class$", "")));
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list the resource classes", e);
        }
        return names;
    }
}
