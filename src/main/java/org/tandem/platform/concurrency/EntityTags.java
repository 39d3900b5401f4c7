package org.tandem.platform.concurrency;

import org.tandem.platform.problem.ApiException;

/**
 * Strong entity tags made from a resource's version, and the {@code If-Match} rules of RFC 9110
 * §13.1.1: a mismatch is 412; where lost updates matter a missing header is 428 (RFC 6585).
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Checks an {@code If-Match} header against the current version; absent is fine. */
    public static void checkIfPresent(String ifMatch, long currentVersion) {
        check(ifMatch, currentVersion, false);
    }

    /** Checks an {@code If-Match} header that this operation requires. */
    public static void checkRequired(String ifMatch, long currentVersion) {
        check(ifMatch, currentVersion, true);
    }

    private static void check(String ifMatch, long currentVersion, boolean required) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw ApiException.preconditionRequired(
                        "Send If-Match with the ETag you last read, so a concurrent change is not overwritten");
            }
            return;
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            // Weak tags never match under the strong comparison If-Match uses.
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw ApiException.preconditionFailed("The resource is now at ETag " + current
                + "; read it again and reapply your change");
    }
}
