package org.tandem.messaging.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.platform.concurrency.Versioned;

/** A staff member's office hours, and whether they are open now. */
@Schema(name = "OfficeHours")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficeHoursView(
        @Schema(description = "The staff member (directory id); absent on the caller's own hours") UUID staffId,
        @Schema(required = true, description = "IANA time zone", example = "America/Chicago") String timeZone,
        @Schema(required = true, maxItems = OfficeHoursUpdate.MAX_OPENINGS) List<OfficeHoursUpdate.Opening> hours,
        @Schema(required = true, description = "Whether it is within these hours now") boolean openNow,
        @Schema(description = "When the next opening starts; absent while open") Instant nextOpeningAt,
        @Schema(required = true) long version) implements Versioned {
}
