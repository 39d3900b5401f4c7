package org.tandem.goals;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import java.util.Locale;
import org.tandem.platform.persistence.LowerCaseEnumConverter;

/**
 * Where a goal is in its lifecycle: proposed, then active once the other side agrees, then achieved or
 * discontinued; a proposal may instead be withdrawn by its proposer (it then leaves the lists).
 */
public enum GoalStatus {
    PROPOSED, ACTIVE, ACHIEVED, DISCONTINUED, WITHDRAWN;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter(autoApply = true)
    static class Stored extends LowerCaseEnumConverter<GoalStatus> {
        Stored() {
            super(GoalStatus.class);
        }
    }
}
