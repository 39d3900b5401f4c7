package org.tandem.events.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What organizers see: head counts and every household's answer. */
@Schema(name = "RsvpSummary")
public record RsvpSummary(
        @Schema(description = "The event's capacity in heads; absent for none") Integer capacity,
        @Schema(required = true) int confirmedHeads,
        @Schema(required = true) int waitlistedHeads,
        @Schema(required = true) int maybeHeads,
        @Schema(required = true, description = "Households that answered no") int noHouseholds,
        @Schema(required = true, description = "Households in the audience that have not answered") int notAnsweredHouseholds,
        @Schema(required = true) List<RsvpView> households) {
}
