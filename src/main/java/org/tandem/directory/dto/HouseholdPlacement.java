package org.tandem.directory.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a guardian lives, for RSVPs and conference bookings: with their children's other guardians
 * (the default), in a household of their own (separated parents), or with another guardian.
 */
@Schema(name = "HouseholdPlacement")
public record HouseholdPlacement(
        @NotNull @Pattern(regexp = "shared|own|with") @Schema(required = true, enumeration = {"shared", "own", "with"},
                description = "`shared`: the default household of their children; `own`: a household of their own;"
                        + " `with`: the household of `guardianId`") String placement,
        @Schema(description = "The guardian to live with (placement `with`)") UUID guardianId) {
}
