package org.tandem.platform.paging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/** Adds {@code Link: <...>; rel="next"} (RFC 8288) to every response that carries a {@link Page} with more to come. */
@Provider
public class NextLinkFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Page<?> page && page.nextCursor() != null) {
            URI next = request.getUriInfo().getRequestUriBuilder()
                    .replaceQueryParam("cursor", page.nextCursor())
                    .build();
            // Relative reference: correct behind any proxy that preserves the path.
            String relative = next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
            response.getHeaders().add("Link", "<" + relative + ">; rel=\"next\"");
        }
    }
}
