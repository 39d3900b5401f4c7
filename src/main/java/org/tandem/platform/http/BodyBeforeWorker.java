package org.tandem.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads the request body on the I/O thread, into memory, before the endpoint's worker thread takes
 * the request, for the endpoints marked {@link BodyFirst}. Without it RESTEasy Reactive hands a
 * blocking endpoint a stream that the worker reads while the I/O thread feeds it chunk by chunk
 * under a shared monitor: under load that hand-off cost a fifth of the application's CPU in the
 * write benchmarks (posting, marking read). The body limit ({@code quarkus.http.limits.max-body-size})
 * applies as before. Uploads (roster packages) are not marked: they stream to a file.
 */
public class BodyBeforeWorker {

    @BodyFirst
    @ServerRequestFilter(readBody = true)
    public void bodyIsRead(ContainerRequestContext request) {
        // Nothing to do: asking for the body to be read first is the point.
    }
}
