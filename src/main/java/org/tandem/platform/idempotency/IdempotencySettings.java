package org.tandem.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

@ConfigMapping(prefix = "tandem.idempotency")
public interface IdempotencySettings {

    /** How long a key and its response are kept; at least 24 hours. */
    Duration retention();

    /** After this long a request still marked in flight is taken to have died, and its key may be reused. */
    Duration inFlightTimeout();
}
