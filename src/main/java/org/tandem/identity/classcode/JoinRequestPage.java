package org.tandem.identity.classcode;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The document's schema of a page of join requests (the generic {@code Page} names no item type). */
@Schema(name = "JoinRequestPage")
public class JoinRequestPage {
    @Schema(required = true) public List<JoinRequestView> items;
    @Schema(required = true, nullable = true, description = "Pass as `cursor` to get the next page; null on the last page")
    public String nextCursor;
}
