package org.tandem.messaging.message;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Messaging: how long the author may edit a message after posting it. */
@ConfigMapping(prefix = "tandem.messaging")
interface MessagingSettings {

    Duration editWindow();
}
