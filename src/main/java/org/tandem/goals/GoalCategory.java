package org.tandem.goals;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import java.util.Locale;
import org.tandem.platform.persistence.LowerCaseEnumConverter;

/** What a goal is about. */
public enum GoalCategory {
    ACADEMIC, SOCIAL_EMOTIONAL, ATTENDANCE, BEHAVIOR, OTHER;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter(autoApply = true)
    static class Stored extends LowerCaseEnumConverter<GoalCategory> {
        Stored() {
            super(GoalCategory.class);
        }
    }
}
