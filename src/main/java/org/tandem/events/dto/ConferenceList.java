package org.tandem.events.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Conferences the caller may see (without their slots: read one for those). */
@Schema(name = "ConferenceList")
public record ConferenceList(@Schema(required = true) List<ConferenceView> items) {
}
