package org.tandem.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.problem.ProblemCode;

/** Deleting a student (district administrators). */
@Path("/api/v1/students/{studentId}/erasure")
@Tag(name = "Privacy")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class StudentErasureResource {

    private final StudentDeletion students;

    StudentErasureResource(StudentDeletion students) {
        this.students = students;
    }

    @POST
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Idempotent
    @Operation(operationId = "deleteStudent", summary = "Delete a student and everything about them, in every feature",
            description = "In one transaction: the student's threads and messages (with edits, translations and search "
                    + "entries), goals with check-ins and history, celebrations with reactions and replies, bookings, RSVPs "
                    + "of the household the student names, invitations, the audit log, exports and disclosures, the outbox "
                    + "events naming any of these, then the directory record and family links. What remains is an erasure "
                    + "record naming who ordered it and when, not whom. Afterwards every former resource is 404; a retry "
                    + "with the same Idempotency-Key replays this answer, without one it is 404.",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "Deleted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureView.class)))
    public Response deleteStudent(@PathParam("studentId") UUID studentId) {
        return created(students.delete(studentId));
    }

    static Response created(ErasureView view) {
        return Response.created(URI.create("/api/v1/erasures/" + view.id())).entity(view).build();
    }
}
