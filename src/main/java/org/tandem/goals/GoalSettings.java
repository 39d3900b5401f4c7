package org.tandem.goals;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Goals: how long the author of a check-in may edit it. */
@ConfigMapping(prefix = "tandem.goals")
public interface GoalSettings {

    @WithDefault("PT48H")
    Duration checkInEditWindow();
}
