package org.tandem.messaging.translation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.identity.me.MeUpdate;
import org.tandem.messaging.dto.Renditions;

/** A message in other languages. Readers get their own language in the message itself; this lists them all. */
@Path("/api/v1/threads/{threadId}/messages/{messageId}/translations")
@Tag(name = "Messaging")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class TranslationResource {

    private final TranslationService translations;

    TranslationResource(TranslationService translations) {
        this.translations = translations;
    }

    @GET
    @Operation(operationId = "listMessageTranslations", summary = "A message's original and all its renditions",
            description = "Machine renditions are made asynchronously after posting, into each participant's preferred "
                    + "language; `pendingLanguages` lists those still being made.")
    @APIResponse(responseCode = "200", description = "The original and its renditions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Renditions.class)))
    public Renditions list(@PathParam("threadId") UUID threadId, @PathParam("messageId") UUID messageId) {
        return translations.all(threadId, messageId);
    }

    @PUT
    @Path("/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.SAME_LANGUAGE, org.tandem.platform.problem.ProblemCode.MESSAGE_DELETED})
    @Operation(operationId = "putMessageTranslation", summary = "Translate a message by hand (staff of the thread)",
            description = "A human rendition replaces the machine one for that language and is never overwritten by "
                    + "machine translation. Editing the message removes all its renditions.")
    @APIResponse(responseCode = "200", description = "The stored rendition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Renditions.Rendition.class)))
    @APIResponse(responseCode = "409", description = "The message was deleted")
    public Renditions.Rendition put(
            @PathParam("threadId") UUID threadId, @PathParam("messageId") UUID messageId,
            @PathParam("language") @Size(min = 2, max = 35) @Pattern(regexp = MeUpdate.LANGUAGE_TAG)
            @Parameter(description = "BCP 47 language tag", example = "es",
                    schema = @Schema(type = SchemaType.STRING, minLength = 2, maxLength = 35,
                            pattern = MeUpdate.LANGUAGE_TAG)) String language,
            @NotNull @Valid Renditions.HumanTranslation input) {
        return translations.translate(threadId, messageId, language, input.body());
    }
}
