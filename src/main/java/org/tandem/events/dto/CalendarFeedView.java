package org.tandem.events.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's private calendar feed. The URL (with its secret token) is shown only when it is made. */
@Schema(name = "CalendarFeed")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalendarFeedView(
        @Schema(required = true, description = "Whether a feed URL is active") boolean active,
        @Schema(description = "The feed's URL, to paste into a calendar app; shown once, when created or rotated")
        String url,
        @Schema(description = "When the current URL was made") Instant createdAt) {
}
