package org.tandem.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list. {@link NextLinkFilter} adds the matching {@code Link: rel="next"} header.
 *
 * @param items the items of this page, in the list's order
 * @param nextCursor the cursor of the next page, or null on the last page
 */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(description = "Pass as `cursor` to get the next page; null on the last page", nullable = true, required = true)
        String nextCursor) {

    /**
     * Builds a page from rows fetched with {@link PageRequest#fetchSize()}: the extra row, if any,
     * only says that a next page exists, and the last kept row gives its cursor.
     */
    public static <R, T> Page<T> of(List<R> rows, PageRequest request, Function<R, T> toItem,
                                    Function<R, String> cursorOf) {
        boolean more = rows.size() > request.limit();
        List<R> kept = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? cursorOf.apply(kept.get(kept.size() - 1)) : null;
        return new Page<>(kept.stream().map(toItem).toList(), next);
    }
}
