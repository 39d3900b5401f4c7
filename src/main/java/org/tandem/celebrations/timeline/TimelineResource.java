package org.tandem.celebrations.timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** A student's timeline: celebrations, achieved goals and goal milestones reached, newest first. */
@Path("/api/v1/students/{studentId}/timeline")
@Tag(name = "Celebrations")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    private final TimelineService timeline;

    TimelineResource(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GET
    @Operation(operationId = "getStudentTimeline", summary = "A student's timeline, newest first",
            description = "For those who may see the student's goals and celebrations: the student's guardians whose "
                    + "link allows it, the student's teachers this term and administrators. Confidential goals (and "
                    + "their celebrations and milestones) appear only for those who see them. Class celebrations are "
                    + "in the class's list, not here. The read is written to the student's audit log. Never a ranking: "
                    + "no endpoint compares students.")
    @APIResponse(responseCode = "200", description = "A page of the timeline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TimelineItem.TimelinePage.class)))
    public Page<TimelineItem> timeline(@PathParam("studentId") UUID studentId, @Valid @BeanParam PageRequest page) {
        return timeline.of(studentId, page);
    }
}
