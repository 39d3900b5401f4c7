package org.tandem.platform.http;

import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Spares every request a route-table rebuild that Quarkus REST does for HTTP metrics.
 *
 * <p>With authentication on demand ({@code quarkus.http.auth.proactive=false}) the HTTP security
 * filter puts a default auth-failure handler into every request's context. Quarkus REST's filter
 * right after it (priority {@code AUTHENTICATION - 1}) swaps that handler for one that fails the
 * request, and, when metrics are on, first names the request's route template for the metrics by
 * building a new {@code RequestMapper} of every resource class, on every request, although the
 * template is needed only if authentication fails before Quarkus REST takes the request. That doubled
 * what a request allocates (the ceiling's 403: 73 KB, 35 KB without it; a mark read 118 KB, 80 KB)
 * and was 3.6% of the CPU samples of ceiling and mark-read load (bench/performance-notes.md, session 13).
 *
 * <p>This route runs between the two (same order as Quarkus REST's filter, registered before it, and
 * Vert.x keeps routes of equal order in the order they were added) and removes the default handler.
 * That is the state Quarkus REST itself leaves the request in once it starts processing it (it
 * removes the swapped handler), so inside the REST layer nothing changes: an authentication failure
 * still reaches our exception mappers, and the metrics still get the route template from the REST
 * layer's own observability handler. Nothing between the two filters and the REST layer triggers
 * authentication in this application (no path-based HTTP permissions are configured; the management
 * routes are not secured).
 */
@ApplicationScoped
public class LazyAuthFailureHandler {

    /** Quarkus REST's filter has order -(AUTHENTICATION - 1); this route comes first at that order. */
    static final int ORDER = -(SecurityHandlerPriorities.AUTHENTICATION - 1);

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(rc -> {
            if (rc.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
                rc.remove(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
            }
            rc.next();
        });
    }
}
