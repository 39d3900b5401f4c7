package org.tandem.celebrations;

import java.util.List;
import java.util.UUID;

/** Fired (synchronously, before they go) when retention removes celebrations: features pointing at them let go. */
public record CelebrationsForgotten(String tenant, List<UUID> celebrationIds) {
}
