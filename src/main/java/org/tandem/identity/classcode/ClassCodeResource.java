package org.tandem.identity.classcode;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;

/** A class's join code, for the staff who teach it and administrators. */
@Path("/api/v1/classes/{classId}/code")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Joining")
public class ClassCodeResource {

    private final ClassCodeService codes;

    ClassCodeResource(ClassCodeService codes) {
        this.codes = codes;
    }

    @GET
    @Operation(operationId = "getClassCode", summary = "Get the class's join code",
            description = "A class that has no code yet gets one now.")
    @APIResponse(responseCode = "200", description = "The class's code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassCodeView.class)))
    public ClassCodeView get(@PathParam("classId") UUID classId) {
        return codes.current(classId);
    }

    @POST
    @Path("/rotate")
    @Operation(operationId = "rotateClassCode", summary = "Replace the class's join code with a new one",
            description = "The old code stops working at once; a disabled code is enabled again.")
    @APIResponse(responseCode = "200", description = "The new code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassCodeView.class)))
    public ClassCodeView rotate(@PathParam("classId") UUID classId) {
        return codes.rotate(classId);
    }

    @POST
    @Path("/disable")
    @Operation(operationId = "disableClassCode", summary = "Stop the class's join code from working",
            description = "Requests already made stay; rotate to enable a new code.")
    @APIResponse(responseCode = "200", description = "The disabled code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassCodeView.class)))
    public ClassCodeView disable(@PathParam("classId") UUID classId) {
        return codes.disable(classId);
    }
}
