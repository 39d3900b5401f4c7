package org.tandem.goals.progress;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the trend says about reaching the target by the target date (docs/goals.md states the rule). */
public enum Outlook {
    ON_TRACK, BEHIND, NOT_ENOUGH_DATA;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
