package org.tandem.notifications.push;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Caller;
import org.tandem.access.Roles;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.problem.ApiException;

/** The caller's own push devices: apps register here so the push channel can reach the person. */
@Path("/api/v1/me/push-devices")
@Tag(name = "Notifications", description = "Push devices and notifications")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.GUARDIAN, Roles.STAFF, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class PushDeviceResource {

    @Schema(name = "PushDeviceList")
    public record PushDeviceList(@Schema(required = true, description = "Oldest first; at most tandem.push.max-devices-per-person")
                                 List<PushDeviceView> items) {
    }

    private final PushDevices devices;
    private final PushSettings settings;
    private final Caller caller;

    PushDeviceResource(PushDevices devices, PushSettings settings, Caller caller) {
        this.devices = devices;
        this.settings = settings;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerPushDevice", summary = "Register a Web Push subscription, an FCM or an APNs token",
            description = "Idempotent per device: registering the same endpoint or token again answers 200 with the "
                    + "same device (keys and name updated). A device belongs to whoever registered it last: when "
                    + "another person of the district signs in on it and registers, it stops notifying the first. "
                    + "A subscription that could not be delivered to (not https, keys that are not a P-256 point "
                    + "and a 16-byte secret) is a 422 and stores nothing.",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PushDeviceView.class)))
    @APIResponse(responseCode = "200", description = "Already registered; refreshed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PushDeviceView.class)))
    public Response register(@NotNull NewPushDevice input) {
        PushAddressRules.Checked checked = PushAddressRules.check(input, settings.web().allowLoopbackHttp());
        PushDevices.Registered registered = devices.register(caller.accountId(), checked);
        PushDeviceView view = registered.device().view();
        return registered.created()
                ? Response.created(URI.create("/api/v1/me/push-devices/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Operation(operationId = "listPushDevices", summary = "List the caller's push devices")
    @APIResponse(responseCode = "200", description = "The caller's devices",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PushDeviceList.class)))
    public PushDeviceList list() {
        return new PushDeviceList(devices.mine(caller.accountId()).stream().map(PushDevice::view).toList());
    }

    @GET
    @Path("/{deviceId}")
    @Operation(operationId = "getPushDevice", summary = "Get one of the caller's push devices")
    @APIResponse(responseCode = "200", description = "The device",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PushDeviceView.class)))
    public PushDeviceView get(@PathParam("deviceId") UUID deviceId) {
        return devices.mine(caller.accountId(), deviceId).map(PushDevice::view)
                .orElseThrow(() -> ApiException.notFound("Push device " + deviceId));
    }

    @DELETE
    @Path("/{deviceId}")
    @Operation(operationId = "deletePushDevice", summary = "Stop pushing to one of the caller's devices",
            description = "An app calls it when the person signs out on the device. Another person's device is a 404.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("deviceId") UUID deviceId) {
        if (!devices.remove(caller.accountId(), deviceId)) {
            throw ApiException.notFound("Push device " + deviceId);
        }
        return Response.noContent().build();
    }
}
