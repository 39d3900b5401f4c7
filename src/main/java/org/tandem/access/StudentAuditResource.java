package org.tandem.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** A student's audit log of disclosures, for administrators; CSV for export. */
@Path("/api/v1/students/{id}/audit-events")
@Tag(name = "Directory")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN})
public class StudentAuditResource {

    static final String CSV = "text/csv";

    private final AuditTrail trail;

    StudentAuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    /** Page of events, for the document: the JSON form of this operation. */
    @Schema(name = "AuditEventPage")
    public record AuditEventPage(@Schema(required = true) java.util.List<AuditEventView> items,
                                 @Schema(required = true, nullable = true, description = "Pass as `cursor` to get the next page; null on the last page")
                                 String nextCursor) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "listStudentAuditEvents",
            summary = "List who read a student's records, oldest first; `Accept: text/csv` exports the whole log")
    @APIResponse(responseCode = "200", description = "As JSON, one page of events; as CSV, every event "
            + "(limit and cursor do not apply), with a header row",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEventPage.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                            example = "occurredAt,actorId,actorRole,action,purpose,requestId,id\r\n")})
    public Response list(@PathParam("id") UUID studentId, @Valid @BeanParam PageRequest page, HttpHeaders headers) {
        if (prefersCsv(headers)) {
            return Response.ok(trail.csv(studentId), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"student-" + studentId + "-audit.csv\"")
                    .build();
        }
        Page<AuditEventView> events = trail.page(studentId, page);
        return Response.ok(events, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** CSV only when the caller ranks it above JSON; anything else (or no Accept) gets JSON. */
    private static boolean prefersCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
