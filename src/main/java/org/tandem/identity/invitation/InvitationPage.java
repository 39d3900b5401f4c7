package org.tandem.identity.invitation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The document's schema of a page of invitations (the generic {@code Page} names no item type). */
@Schema(name = "InvitationPage")
public class InvitationPage {
    @Schema(required = true) public List<InvitationView> items;
    @Schema(required = true, nullable = true, description = "Pass as `cursor` to get the next page; null on the last page")
    public String nextCursor;
}
