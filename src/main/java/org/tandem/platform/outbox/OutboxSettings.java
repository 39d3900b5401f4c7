package org.tandem.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the outbox keeps domain events (the changes feed's window). */
@ConfigMapping(prefix = "tandem.outbox")
public interface OutboxSettings {

    /**
     * Events older than this are removed once every consumer has passed them: integrators polling the
     * changes feed can catch up on this much history, no more.
     */
    @WithDefault("P30D")
    Duration keepFor();

    /** When the outbox is pruned (a cron expression, or {@code off}). */
    @WithDefault("0 45 3 * * ?")
    String pruneCron();
}
