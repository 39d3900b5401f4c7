package org.tandem.messaging.inbox;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Inbox filters. */
public class InboxQuery {

    @QueryParam("unread")
    @Parameter(description = "Only threads with unread messages")
    public Boolean unread;

    @QueryParam("archived")
    @DefaultValue("false")
    @Parameter(description = "Archived threads instead of the inbox (default false)")
    public boolean archived;

    @QueryParam("starred")
    @Parameter(description = "Only starred threads")
    public Boolean starred;

    @QueryParam("studentId")
    @Parameter(description = "Only threads about this student")
    public UUID studentId;

    @QueryParam("classId")
    @Parameter(description = "Only threads of this class")
    public UUID classId;

    String fingerprint() {
        return unread + "|" + archived + "|" + starred + "|" + studentId + "|" + classId;
    }
}
