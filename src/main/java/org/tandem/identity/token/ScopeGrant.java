package org.tandem.identity.token;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The complete set of scopes a client is to hold from now on. */
public record ScopeGrant(
        @NotNull @Size(max = 10)
        @Schema(description = "Every scope the client holds afterwards (an empty list takes all away)",
                examples = "[\"roster.write\", \"roster.read\", \"directory.read\"]")
        List<@NotNull @Pattern(regexp = "roster\\.write|roster\\.read|directory\\.read|webhooks\\.manage|events\\.messaging"
                + "|events\\.goals|events\\.calendar|events\\.celebrations",
                message = "must be one of roster.write, roster.read, directory.read, webhooks.manage, events.messaging,"
                        + " events.goals, events.calendar, events.celebrations") String> scopes) {
}
