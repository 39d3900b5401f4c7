package org.tandem.goals;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import java.util.Locale;
import org.tandem.platform.persistence.LowerCaseEnumConverter;

/** Whether a measurable goal is met by rising to its target or by falling to it. */
public enum Direction {
    HIGHER, LOWER;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter(autoApply = true)
    static class Stored extends LowerCaseEnumConverter<Direction> {
        Stored() {
            super(Direction.class);
        }
    }
}
