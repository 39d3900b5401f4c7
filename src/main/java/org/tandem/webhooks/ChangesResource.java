package org.tandem.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Caller;
import org.tandem.access.Roles;
import org.tandem.platform.outbox.DomainEventType;
import org.tandem.platform.persistence.Sql;
import org.tandem.webhooks.dto.ChangesPage;
import org.tandem.webhooks.dto.EventTypeView;

/** The changes feed for integrators who poll, and the catalog of event types. */
@Path("/api/v1")
@Tag(name = "Webhooks")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.INTEGRATOR})
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    private final ChangesFeed feed;
    private final Sql sql;
    private final Caller caller;

    ChangesResource(ChangesFeed feed, Sql sql, Caller caller) {
        this.feed = feed;
        this.sql = sql;
        this.caller = caller;
    }

    @GET
    @Path("/changes")
    @Operation(operationId = "listChanges", summary = "The district's events in order, from a cursor (the changes feed)",
            description = """
                    What webhooks deliver, for integrators who poll: the district's events in the order they became \
                    readable, each once, `{id, type, timestamp, data}`. Start without a cursor (the beginning of the \
                    district's log) and always pass the `nextCursor` of the last answer; `hasMore` says whether to ask \
                    again at once. The feed is gap-free: an event whose transaction commits after a later-numbered one \
                    is still returned after the cursor that passed its number (docs/webhooks.md#the-changes-feed). An \
                    integrator sees only the types its scopes cover; a district administrator every type. `type` narrows \
                    it (repeat it, or separate with commas); a type outside the caller's scopes is a 403.""")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangesPage.class)))
    public ChangesPage changes(@QueryParam("cursor") @Size(max = 1024)
                               @Parameter(description = "The `nextCursor` of the previous answer; omit it to start at the beginning") String cursor,
                               @QueryParam("type") @Parameter(description = "Only these event types (e.g. `goal.agreed`)") List<@Size(max = 2000) String> types,
                               @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500)
                               @Parameter(description = "How many changes at most, 1 to 500 (default 100)") int limit) {
        return feed.read(UUID.fromString(sql.tenant()), cursor, types, limit);
    }

    @GET
    @Path("/webhook-event-types")
    @Operation(operationId = "listWebhookEventTypes", summary = "The event types the caller may subscribe to and read",
            description = "Every type of the catalog the caller may see, with the scope an integrator needs for it.")
    @APIResponse(responseCode = "200", description = "The event types",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventTypeView[].class)))
    public List<EventTypeView> eventTypes() {
        return Arrays.stream(DomainEventType.values()).filter(type -> EventVisibility.visibleTo(caller, type.wireName()))
                .map(type -> new EventTypeView(type.wireName(), type.summary(), EventVisibility.scopeFor(type.wireName())))
                .toList();
    }
}
