package org.tandem.events.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of events in a window of time, by start (the document's shape of {@code Page<EventView>}). */
@Schema(name = "EventList")
public record EventList(@Schema(required = true) List<EventView> items,
                        @Schema(required = true, nullable = true,
                                description = "Pass as `cursor` to get the next page; null on the last page") String nextCursor) {
}
