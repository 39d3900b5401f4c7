package org.tandem.messaging.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person in a thread, by name and side, so a chat screen can show who wrote each bubble. */
@Schema(name = "ThreadMember")
public record ThreadMember(
        @Schema(required = true, description = "The member's account id (authorId of their messages)") UUID accountId,
        @Schema(required = true, description = "Display name", example = "David Chen") String name,
        @Schema(required = true, enumeration = {"staff", "guardian"}, description = "Which side of the school–family "
                + "conversation they are on") String role) {
}
