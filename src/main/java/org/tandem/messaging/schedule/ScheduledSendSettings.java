package org.tandem.messaging.schedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Scheduled send: how far ahead a message may be scheduled, and how releases are batched. */
@ConfigMapping(prefix = "tandem.messaging.scheduled-send")
public interface ScheduledSendSettings {

    /** How often due messages are released (a Quarkus `every` value such as `5s`, or `off`). */
    @WithDefault("5s")
    String releaseEvery();

    /** A scheduled message's time must be at least this far ahead; nearer is a 422 (post it now instead). */
    @WithDefault("PT5S")
    Duration minLead();

    /** And at most this far ahead. */
    @WithDefault("P366D")
    Duration maxAhead();

    /** How many due messages one release pass takes before looking again. */
    @WithDefault("100")
    int batchSize();
}
