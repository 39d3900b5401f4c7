package org.tandem.directory.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A guardian's household: the default one shared with their children's other guardians, or a marked one. */
@Schema(name = "GuardianHousehold")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HouseholdView(@Schema(required = true) UUID guardianId,
                            @Schema(required = true, enumeration = {"shared", "marked"}) String kind,
                            @Schema(description = "The marked household (kind `marked`)") UUID householdId) {

    public static HouseholdView of(UUID guardianId, UUID householdId) {
        return new HouseholdView(guardianId, householdId == null ? "shared" : "marked", householdId);
    }
}
