package org.tandem.webhooks.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the changes feed. Unlike other lists it always has a cursor: the place to poll from next. */
@Schema(name = "ChangesPage")
public record ChangesPage(
        @Schema(required = true) List<ChangeView> items,
        @Schema(required = true, description = "Pass as `cursor` next time: it moves past this page, or stays where it"
                + " was when the page is empty. Never null") String nextCursor,
        @Schema(required = true, description = "Whether more changes are ready now (poll again at once) or not (wait a while)")
        boolean hasMore) {
}
