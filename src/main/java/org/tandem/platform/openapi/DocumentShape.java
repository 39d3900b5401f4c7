package org.tandem.platform.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.tandem.platform.problem.ProblemCode;

/**
 * The document as a whole: tags in the order an app uses them (what is not named here comes before
 * Directory, by name, so a new feature's tag needs no edit here), and the {@code ProblemCode} schema
 * generated from {@link ProblemCode}, which {@code Problem.code} refers to.
 */
final class DocumentShape {

    /** The order of tags; others go between the last of these but Directory and Directory. */
    static final List<String> TAG_ORDER = List.of("Me", "Messaging", "Contacts", "Goals", "Celebrations", "Events", "Conferences",
            "Calendars", "Notifications", "Live updates", "Authentication", "Joining", "Moderation", "Accounts", "Roster sync",
            "Integrations", "Webhooks", "Privacy", "Directory");

    private DocumentShape() {
    }

    static void apply(OpenAPI openAPI) {
        orderTags(openAPI);
        problemCodes(openAPI);
        passwordSignIn(openAPI);
        formBodies(openAPI);
    }

    /**
     * A form body described by an explicit schema ({@code @RequestBody} with an implementation, as the
     * token endpoint's per-grant union) is that schema alone: the properties SmallRye derives from the
     * {@code @FormParam}s (all optional strings) would loosen it again.
     */
    private static void formBodies(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
                return;
            }
            var media = op.getRequestBody().getContent().getMediaType("application/x-www-form-urlencoded");
            Schema schema = media == null ? null : media.getSchema();
            if (schema != null && schema.getRef() != null && schema.getProperties() != null) {
                media.setSchema(OASFactory.createSchema().ref(schema.getRef()));
            }
        }));
    }

    /**
     * An OAuth 2.0 password-flow scheme beside the bearer one, so that Swagger UI's Authorize dialog
     * signs in with an email and password against our token endpoint; every operation that takes a
     * bearer token accepts either (they are the same token).
     */
    private static void passwordSignIn(OpenAPI openAPI) {
        openAPI.getComponents().addSecurityScheme(PASSWORD_SCHEME, OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.OAUTH2)
                .description("Sign in with an email and password (the demo district's password is `tandem-demo`); "
                        + "the access token is then sent as a bearer token")
                .flows(OASFactory.createOAuthFlows().password(OASFactory.createOAuthFlow()
                        .tokenUrl("/api/v1/auth/token").refreshUrl("/api/v1/auth/token")
                        .scopes(new java.util.LinkedHashMap<>()))));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getSecurity() != null && op.getSecurity().stream().anyMatch(r -> r.hasScheme("bearerAuth"))
                    && op.getSecurity().stream().noneMatch(r -> r.hasScheme(PASSWORD_SCHEME))) {
                op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(PASSWORD_SCHEME));
            }
        }));
    }

    static final String PASSWORD_SCHEME = "passwordSignIn";

    private static void orderTags(OpenAPI openAPI) {
        Set<String> used = new LinkedHashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getTags() != null) {
                used.addAll(op.getTags());
            }
        }));
        List<Tag> tags = new ArrayList<>(openAPI.getTags() == null ? List.of() : openAPI.getTags());
        for (String name : used) {
            if (tags.stream().noneMatch(t -> t.getName().equals(name))) {
                tags.add(OASFactory.createTag().name(name));
            }
        }
        tags.sort(Comparator.comparing(DocumentShape::rank).thenComparing(Tag::getName));
        openAPI.setTags(tags);
    }

    private static int rank(Tag tag) {
        int known = TAG_ORDER.indexOf(tag.getName());
        if (known >= 0) {
            return known == TAG_ORDER.size() - 1 ? 1000 : known;
        }
        return 500;
    }

    private static void problemCodes(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<Object> codes = new ArrayList<>(Arrays.stream(ProblemCode.values()).map(ProblemCode::wire).toList());
        openAPI.getComponents().addSchema("ProblemCode", OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(codes)
                .description("Every code a problem can carry. Clients should treat an unknown code like the status's "
                        + "generic one: new codes may be added within v1."));
        Schema problem = schemas.get("Problem");
        if (problem != null && problem.getProperties() != null && problem.getProperties().containsKey("code")) {
            problem.addProperty("code", OASFactory.createSchema().ref("#/components/schemas/ProblemCode"));
        }
    }
}
