package org.tandem.messaging.contacts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.tandem.messaging.dto.StudentFamily;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** The people the caller may reach: the ids to start threads with. */
@Path("/api/v1/me")
@Tag(name = "Contacts", description = "The people you may reach: a family's school staff, a teacher's families")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class ContactsResource {

    private final Contacts contacts;

    ContactsResource(Contacts contacts) {
        this.contacts = contacts;
    }

    @GET
    @Path("/school-contacts")
    @RolesAllowed(Roles.GUARDIAN)
    @Operation(operationId = "listSchoolContacts", summary = "My children's teachers and school contacts",
            description = "One entry per child (current links only; not paged): the teachers who teach the child now "
                    + "with their classes and office hours, then the school's administrators and counselors. "
                    + "`mayMessage` says whether a `direct` thread with `staffIds: [staffId]` may be started.")
    @APIResponse(responseCode = "200", description = "The caller's children and their contacts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContactLists.Children.class)))
    public ContactLists.Children schoolContacts() {
        return new ContactLists.Children(contacts.schoolContacts());
    }

    @GET
    @Path("/families")
    @RolesAllowed({Roles.STAFF, Roles.SCHOOL_ADMIN})
    @Operation(operationId = "listMyFamilies", summary = "The families of the students I teach",
            description = "The students the caller teaches now, by name, each with the caller's classes they are in "
                    + "and their guardians with a current link (a guardian under a no-contact order is absent). "
                    + "Start a `direct` thread with `guardianIds`, or the student's `student` thread with `studentId`.")
    @APIResponse(responseCode = "200", description = "A page of students and their families",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContactLists.Families.class)))
    @APIResponse(responseCode = "404", description = "`classId` is not a class the caller teaches now")
    public Page<StudentFamily> families(
            @QueryParam("classId") @Parameter(description = "Only students of this class (one the caller teaches now)")
            UUID classId,
            @Valid @BeanParam PageRequest page) {
        return contacts.families(classId, page);
    }
}
