package org.tandem.notifications.preferences;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;

/** The caller's notification settings: channels per kind, quiet hours, digests. */
@Path("/api/v1/me/notification-settings")
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.GUARDIAN, Roles.STAFF, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
public class PreferenceResource {

    private final PreferenceService preferences;

    PreferenceResource(PreferenceService preferences) {
        this.preferences = preferences;
    }

    @GET
    @Operation(operationId = "getMyNotificationSettings", summary = "My notification settings",
            description = "Every kind of notification with whether it is pushed and mailed (on unless I turned it off), "
                    + "my quiet hours and my digest choice. The ETag goes in If-Match of the PUT.")
    @APIResponse(responseCode = "200", description = "The settings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreferenceViews.Settings.class)))
    public PreferenceViews.Settings get() {
        return preferences.mine();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceMyNotificationSettings", summary = "Replace my notification settings",
            description = "Send `If-Match` with the ETag of the GET so that two apps do not overwrite each other's change. "
                    + "Kinds not listed keep their current choice.")
    @APIResponse(responseCode = "200", description = "The settings now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreferenceViews.Settings.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    public PreferenceViews.Settings replace(@HeaderParam("If-Match") String ifMatch,
                                            @NotNull @Valid PreferenceViews.Update update) {
        return preferences.replace(update, ifMatch);
    }
}
