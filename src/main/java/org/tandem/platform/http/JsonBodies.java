package org.tandem.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Reads a JSON request body whole on the event loop, before the resource method's worker thread is
 * given the request. RESTEasy Reactive reads the body of a blocking endpoint on that worker thread, which
 * then waits on the connection for every chunk the event loop receives: under load a worker sat blocked
 * for 20 ms and more per write, and the hand-over cost the event loop a tenth of its samples (a JFR
 * profile of the read mix, bench/performance-notes.md "Session 9"). Read here, the body is in the
 * routing context and RESTEasy Reactive deserializes it from memory.
 *
 * <p>Only bodies that {@link RouterProblems} has already held to the endpoint limit (a declared length,
 * at most {@code tandem.http.max-body-size}) are read, and only JSON: form bodies (the token endpoint)
 * and uploads (a roster package, streamed to disk) go on as before.
 */
@ApplicationScoped
class JsonBodies {

    private final BodyHandler reader;
    private final Set<String> uploadPaths;
    private final boolean enabled;

    JsonBodies(BodyLimits limits) {
        this.enabled = limits.readJsonAhead();
        this.reader = BodyHandler.create(false).setBodyLimit(limits.maxBodySize().asLongValue()).setPreallocateBodyBuffer(true);
        this.uploadPaths = Set.copyOf(limits.uploadPaths());
    }

    void register(@Observes Router router) {
        if (!enabled) {
            return;
        }
        // After RouterProblems' size check (MIN_VALUE + 1), before any resource.
        router.route().order(Integer.MIN_VALUE + 2).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        if (readsHere(rc.request(), uploadPaths)) {
            reader.handle(rc);
        } else {
            rc.next();
        }
    }

    /** A JSON body of a declared, non-zero length, on a path that is not an upload path. */
    static boolean readsHere(HttpServerRequest request, Set<String> uploadPaths) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || length.isEmpty() || "0".equals(length) || !isJson(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            return false;
        }
        String path;
        try {
            path = request.path();
        } catch (RuntimeException e) {
            return false;
        }
        return path != null && !uploadPaths.contains(path);
    }

    /** application/json, or any application/…+json (merge-patch, problem), with or without parameters. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }
}
