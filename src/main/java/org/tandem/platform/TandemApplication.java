package org.tandem.platform;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.platform.problem.Problem;

/** The API's description as a whole; each feature adds its own tags and operations. */
@OpenAPIDefinition(
        info = @Info(
                title = "Tandem API",
                version = "1.0.0",
                description = """
                        Tandem connects schools and families: messaging, shared goals for a child, events and \
                        conferences, and celebrations.

                        Conventions: JSON with camelCase names; UUID identifiers; RFC 3339 UTC timestamps; errors \
                        as RFC 9457 problem details (`application/problem+json`) with a stable `code`; keyset \
                        pagination with `limit` (1 to 100) and an opaque `cursor`, plus `Link: rel="next"`; \
                        `Idempotency-Key` on creating POSTs; `ETag` and `If-Match` on mutable resources; JSON \
                        Merge Patch for partial updates.""",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class TandemApplication extends Application {
}
