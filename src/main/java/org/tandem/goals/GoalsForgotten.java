package org.tandem.goals;

import java.util.List;
import java.util.UUID;

/** Fired (synchronously, before they go) when retention removes goals: features pointing at them let go. */
public record GoalsForgotten(String tenant, List<UUID> goalIds) {
}
