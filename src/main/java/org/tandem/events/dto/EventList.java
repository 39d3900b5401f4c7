package org.tandem.events.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Events in a window of time, by start. */
@Schema(name = "EventList")
public record EventList(@Schema(required = true) List<EventView> items) {
}
