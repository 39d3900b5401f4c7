package org.tandem.identity.me;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.platform.http.MergePatch;

/** The signed-in person's own account. */
@Path("/api/v1/me")
@Tag(name = "Me", description = "The signed-in person: roles, students and classes")
@Authenticated
public class MeResource {

    private final MeService me;
    private final MergePatch mergePatch;

    MeResource(MeService me, MergePatch mergePatch) {
        this.me = me;
        this.mergePatch = mergePatch;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "getMe", summary = "Get the caller's account, roles, students and classes")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Me.class)))
    public Me get() {
        return me.me();
    }

    @PATCH
    @Consumes(MergePatch.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "updateMe", summary = "Change the caller's display name or preferred language")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = MeUpdate.class)))
    @APIResponse(responseCode = "200", description = "The caller, changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Me.class)))
    public Me update(JsonNode patch) {
        return me.update(mergePatch.apply(me.profile(), patch, MeUpdate.class));
    }
}
