package org.tandem.events.dto;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Side by side: each child's teachers' conferences with their free slots. */
@Schema(name = "SiblingSlots")
public record SiblingSlots(@Schema(required = true) List<Child> children) {

    /** One child and their teachers' conferences. */
    @Schema(name = "SiblingSlotsChild")
    public record Child(@Schema(required = true) UUID studentId, @Schema(required = true) List<ConferenceView> conferences) {
    }
}
