package org.tandem.identity.token;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;

/** The district's integrator clients, administered by district administrators. */
@Path("/api/v1/api-clients")
@Tag(name = "Integrations")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed(Roles.DISTRICT_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ApiClientResource {

    private final ApiClientAdministration administration;

    ApiClientResource(ApiClientAdministration administration) {
        this.administration = administration;
    }

    @GET
    @Operation(operationId = "listApiClients", summary = "List the district's integrator clients and their scopes")
    @APIResponse(responseCode = "200", description = "Every client of the district, by name")
    public List<ApiClientView> list() {
        return administration.list();
    }

    @PUT
    @Path("/{id}/scopes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "grantApiClientScopes", summary = "Set the scopes an integrator client holds",
            description = "Replaces the client's scopes; tokens issued from now on carry them (a token already "
                    + "issued keeps its scopes until it expires, at most 15 minutes).")
    @APIResponse(responseCode = "200", description = "The client with its new scopes")
    @APIResponse(responseCode = "404", description = "No such client in the district")
    public ApiClientView grant(@PathParam("id") UUID id, @NotNull @Valid ScopeGrant grant) {
        return administration.grant(id, grant);
    }
}
