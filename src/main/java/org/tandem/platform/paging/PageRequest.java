package org.tandem.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code limit} and {@code cursor} query parameters of every list. */
public class PageRequest {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    @QueryParam("limit")
    @DefaultValue("25")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "How many items to return, 1 to 100 (default 25); larger is a 400, not clamped")
    public int limit = DEFAULT_LIMIT;

    @QueryParam("cursor")
    @Size(max = 1024)
    @Parameter(description = "The `nextCursor` of the previous page; omit it for the first page")
    public String cursor;

    public PageRequest() {
    }

    public PageRequest(int limit, String cursor) {
        this.limit = limit;
        this.cursor = cursor;
    }

    public int limit() {
        return limit;
    }

    public String cursor() {
        return cursor;
    }

    /** How many rows to fetch: one more than the page, to know whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }
}
