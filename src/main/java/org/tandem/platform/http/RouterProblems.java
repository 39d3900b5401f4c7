package org.tandem.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.jboss.logging.Logger;
import org.tandem.platform.problem.Failures;
import org.tandem.platform.problem.Problem;
import org.tandem.platform.problem.ProblemCode;
import org.tandem.platform.problem.Problems;

/**
 * Problem details for errors raised below the REST layer, by the HTTP server itself: a body over
 * the size limit, and any status the router ends a request with before a resource is reached.
 */
@ApplicationScoped
public class RouterProblems {

    private static final Logger LOG = Logger.getLogger(RouterProblems.class);

    private final ObjectMapper mapper;
    private final long maxBodySize;
    private final java.util.Set<String> uploadPaths;
    private final Map<String, String> securityHeaders = securityHeaders();

    /**
     * {@code maxBodySize} is the limit of every endpoint but the upload paths (a roster package),
     * whose larger limit is the HTTP server's own ({@code quarkus.http.limits.max-body-size}) and
     * their resource's, which streams the body to disk.
     */
    RouterProblems(ObjectMapper mapper, BodyLimits limits) {
        this.mapper = mapper;
        this.maxBodySize = limits.maxBodySize().asLongValue();
        this.uploadPaths = java.util.Set.copyOf(limits.uploadPaths());
    }

    void register(@Observes Router router) {
        // Refuse a declared oversize body before reading a byte of it.
        router.route().order(Integer.MIN_VALUE + 1).handler(rc -> {
            if (uploadPaths.contains(safePath(rc))) {
                rc.next();
                return;
            }
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && parses(length) && Long.parseLong(length) > maxBodySize) {
                rc.request().pause();
                write(rc, 413, "The request body is larger than the limit of " + maxBodySize + " bytes");
                return;
            }
            // Only upload paths may stream a body of unknown length: elsewhere the server's limit is
            // the uploads', so a chunked body could not be held to this one while it is read.
            if (length == null && rc.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, "chunked", true)) {
                rc.request().pause();
                write(rc, 411, ProblemCode.LENGTH_REQUIRED.wire(), "Length Required",
                        "Send a Content-Length with the body (at most " + maxBodySize + " bytes)");
                return;
            }
            rc.next();
        });
        for (int status : new int[] {400, 404, 405, 413, 414, 415, 431}) {
            router.errorHandler(status, rc -> write(rc, status, Problems.standardTitle(status)));
        }
        // A request the router fails before any handler of ours ran (a path or query with a bad %-escape):
        // Quarkus's own failure handler would end it with a bare status, so this one comes first.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        // A failure below the REST layer (a form body the codec cannot decode, say) is classified like
        // one inside it, so that bad input is still a 4xx and an unreachable database a 503.
        router.errorHandler(500, rc -> {
            var known = rc.failure() == null ? java.util.Optional.<Failures.Known>empty() : Failures.classify(rc.failure());
            if (known.isPresent()) {
                Failures.Known k = known.get();
                k.headers().forEach((name, value) -> rc.response().putHeader(name, value));
                write(rc, k.status(), k.code(), k.title(), k.detail());
            } else {
                if (rc.failure() != null) {
                    LOG.errorf(rc.failure(), "Unexpected failure on %s %s (request %s)", rc.request().method(),
                            rc.request().path(), RequestIds.of(rc.request()));
                }
                write(rc, 500, "Something went wrong on our side. Quote the request id when reporting it.");
            }
        });
    }

    private void failed(RoutingContext rc) {
        Throwable failure = rc.failure();
        var known = failure == null ? java.util.Optional.<Failures.Known>empty() : Failures.classify(failure);
        if (known.isPresent()) {
            Failures.Known k = known.get();
            k.headers().forEach((name, value) -> rc.response().putHeader(name, value));
            write(rc, k.status(), k.code(), k.title(), k.detail());
            return;
        }
        int status = failure instanceof io.vertx.ext.web.handler.HttpException http ? http.getStatusCode() : rc.statusCode();
        if (status >= 400 && status < 500) {
            write(rc, status, status == 400 ? "The request line or its parameters are malformed (a bad %-escape?)"
                    : Problems.standardTitle(status));
            return;
        }
        if (failure != null) {
            LOG.errorf(failure, "Unexpected failure on %s %s (request %s)", rc.request().method(),
                    rc.request().path(), RequestIds.of(rc.request()));
        }
        write(rc, 500, "Something went wrong on our side. Quote the request id when reporting it.");
    }

    private void write(RoutingContext rc, int status, String detail) {
        write(rc, status, Problems.standardCode(status), Problems.standardTitle(status), detail);
    }

    private void write(RoutingContext rc, int status, String code, String title, String detail) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        String requestId = RequestIds.of(rc.request()) != null ? RequestIds.of(rc.request()) : java.util.UUID.randomUUID().toString();
        Problem problem = Problems.problem(status, code, title,
                detail, null, safePath(rc), requestId);
        try {
            if (rc.response().headers().get(RequestIds.HEADER) == null) {
                rc.response().putHeader(RequestIds.HEADER, requestId);
            }
            securityHeaders.forEach((name, value) -> {
                if (rc.response().headers().get(name) == null) {
                    rc.response().putHeader(name, value);
                }
            });
            rc.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, status == 413 ? "close" : "keep-alive")
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            rc.response().setStatusCode(status).end();
        }
    }

    private static String safePath(RoutingContext rc) {
        try {
            return rc.request().path();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The headers configured for every response (quarkus.http.header."..."), for errors raised before they were added. */
    private static Map<String, String> securityHeaders() {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("quarkus\\.http\\.header\\.\"?([^\".]+)\"?\\.value");
        for (String property : config.getPropertyNames()) {
            var m = name.matcher(property);
            if (m.matches() && config.getOptionalValue(property.replace(".value", ".path"), String.class).isEmpty()) {
                config.getOptionalValue(property, String.class).ifPresent(v -> headers.put(m.group(1), v));
            }
        }
        return Map.copyOf(headers);
    }

    private static boolean parses(String value) {
        return !value.isEmpty() && value.length() < 19 && value.chars().allMatch(Character::isDigit);
    }
}
