package org.tandem.platform.http;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is well formed, else a new one.
 * The id is echoed in the response, put in the logging context and carried in error bodies.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String given = rc.request().getHeader(HEADER);
            String id = given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
            // Rewritten on the request too, so later layers read one trusted value.
            rc.request().headers().set(HEADER, id);
            rc.response().putHeader(HEADER, id);
            MDC.put(MDC_KEY, id);
            rc.next();
        });
    }

    public static String of(HttpServerRequest request) {
        return request == null ? null : request.getHeader(HEADER);
    }

    void onStart(@Observes StartupEvent event) {
        // Eager so the route is registered before the first request.
    }
}
