package org.tandem.messaging.contacts;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.messaging.dto.ChildContacts;
import org.tandem.messaging.dto.StudentFamily;

/** The list shapes of the contacts endpoints (named for the document). */
public final class ContactLists {

    private ContactLists() {
    }

    /** Not paged: one entry per child of the caller. */
    @Schema(name = "ChildContactsList")
    public record Children(@Schema(required = true) List<ChildContacts> items) {
    }

    @Schema(name = "StudentFamilyPage")
    public record Families(@Schema(required = true) List<StudentFamily> items,
                    @Schema(required = true, nullable = true) String nextCursor) {
    }
}
