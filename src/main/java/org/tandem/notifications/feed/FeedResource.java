package org.tandem.notifications.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** The caller's in-app notifications: newest first, the unread count, marking read. */
@Path("/api/v1/me/notifications")
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.GUARDIAN, Roles.STAFF, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
public class FeedResource {

    private final FeedService feed;

    FeedResource(FeedService feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listMyNotifications", summary = "My notifications, newest first",
            description = "The in-app feed: what I was told about (messages, announcements, goals, events, conferences, "
                    + "celebrations). `unread=true` lists only those not read yet.")
    @APIResponse(responseCode = "200", description = "A page of notifications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Feed.ItemPage.class)))
    public Page<Feed.Item> list(@Parameter(description = "Only unread notifications") @QueryParam("unread") boolean unread,
                                @Valid @BeanParam PageRequest page) {
        return feed.mine(unread, page);
    }

    @GET
    @Path("/unread-count")
    @Operation(operationId = "countMyUnreadNotifications", summary = "How many of my notifications are unread")
    @APIResponse(responseCode = "200", description = "The count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Feed.UnreadCount.class)))
    public Feed.UnreadCount unread() {
        return feed.unread();
    }

    @GET
    @Path("/{notificationId}")
    @Operation(operationId = "getMyNotification", summary = "One of my notifications")
    @APIResponse(responseCode = "200", description = "The notification",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Feed.Item.class)))
    @APIResponse(responseCode = "404", description = "No such notification of mine")
    public Feed.Item get(@PathParam("notificationId") UUID notificationId) {
        return feed.get(notificationId);
    }

    @POST
    @Path("/{notificationId}/read")
    @Operation(operationId = "markMyNotificationRead", summary = "Mark one of my notifications read",
            description = "Safe to repeat: the first time it was read is kept. A notification read in the app before "
                    + "its push or email went out (held in quiet hours, say) is not sent.")
    @APIResponse(responseCode = "200", description = "The notification, read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Feed.Item.class)))
    @APIResponse(responseCode = "404", description = "No such notification of mine")
    public Feed.Item markRead(@PathParam("notificationId") UUID notificationId) {
        return feed.markRead(notificationId);
    }

    @POST
    @Path("/read")
    @Operation(operationId = "markAllMyNotificationsRead", summary = "Mark all my notifications read")
    @APIResponse(responseCode = "200", description = "How many were marked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Feed.Marked.class)))
    public Feed.Marked markAllRead() {
        return feed.markAllRead();
    }
}
