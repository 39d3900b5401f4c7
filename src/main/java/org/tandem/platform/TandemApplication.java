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
                        Tandem connects schools and families. This version serves: signing in (OAuth 2.0 token \
                        endpoint), the caller's profile (`/me`), the people one may reach (a family's teachers and \
                        school contacts, a teacher's families), messaging (threads, messages, read receipts, \
                        announcements, office hours, translations, reports, blocks, search), joining (invitations, \
                        class codes) and the directory that school systems and administrators keep.

                        Conventions: JSON with camelCase names; UUID identifiers; RFC 3339 UTC timestamps; errors \
                        as RFC 9457 problem details (`application/problem+json`) with a stable `code` (the \
                        `ProblemCode` schema lists them; each operation lists its own in `x-tandem-problem-codes`); \
                        keyset pagination with `limit` (1 to 100) and an opaque `cursor`, plus `Link: rel="next"`; \
                        `Idempotency-Key` on creating POSTs; `ETag` and `If-Match` on mutable resources; JSON \
                        Merge Patch for partial updates. Every operation says who may call it (`x-tandem-roles`).

                        Versioning: within `/api/v1` responses may gain fields, enum values and problem codes, and \
                        requests never gain required fields; a deprecated operation answers with `Deprecation` and \
                        `Sunset` headers (RFC 9745, RFC 8594) at least six months before it is removed. See the \
                        changelog (CHANGELOG.md).""",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class TandemApplication extends Application {
}
