package org.tandem.messaging.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.messaging.dto.MessageView;
import org.tandem.messaging.message.MessageResource;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** Searching the messages of the caller's own threads. */
@Path("/api/v1/messages/search")
@Tag(name = "Messaging")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final MessageSearch search;

    SearchResource(MessageSearch search) {
        this.search = search;
    }

    @GET
    @Operation(operationId = "searchMessages", summary = "Search the messages of the caller's threads, newest first",
            description = "Full-text search of original texts, whole words, in web-search syntax: `field trip`, "
                    + "`\"field trip\"`, `trip -bus`, `trip or visit`. Only threads the caller takes part in are searched.")
    @APIResponse(responseCode = "200", description = "A page of matching messages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MessageResource.MessagePage.class)))
    @APIResponse(responseCode = "404", description = "`threadId` names a thread the caller does not take part in")
    public Page<MessageView> search(
            @QueryParam("q") @NotBlank @Size(max = 200)
            @Parameter(required = true, description = "What to look for, 1 to 200 characters",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200)) String q,
            @QueryParam("threadId") @Parameter(description = "Search only this thread") UUID threadId,
            @Valid @BeanParam PageRequest page) {
        return search.search(q.strip(), threadId, page);
    }
}
