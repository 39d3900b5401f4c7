package org.tandem.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Privacy: how exports are built and kept, and the retention periods of a district that has set none. */
@ConfigMapping(prefix = "tandem.privacy")
public interface PrivacySettings {

    Export export();

    Retention retention();

    interface Export {
        /** How long a finished archive can be downloaded. */
        @WithDefault("P7D")
        Duration keepFor();

        /** A running build older than this is taken to have died with its instance and is claimed again. */
        @WithDefault("PT10M")
        Duration lease();

        @WithDefault("3")
        int maxAttempts();

        @WithDefault("5s")
        String pollEvery();
    }

    /** Default retention periods in days (docs/privacy.md explains each). */
    interface Retention {
        @WithDefault("off")
        String cron();

        @WithDefault("1095")
        int messagesDays();

        @WithDefault("1095")
        int celebrationsDays();

        @WithDefault("1095")
        int closedGoalsDays();

        @WithDefault("90")
        int notificationsDays();

        @WithDefault("1095")
        int auditDays();

        @WithDefault("30")
        int deliveriesDays();
    }
}
