package org.tandem.goals;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import java.util.Locale;
import org.tandem.platform.persistence.LowerCaseEnumConverter;

/** How a goal's success is measured: a numeric target, or milestones ticked off. */
public enum MeasureKind {
    TARGET, MILESTONES;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter(autoApply = true)
    static class Stored extends LowerCaseEnumConverter<MeasureKind> {
        Stored() {
            super(MeasureKind.class);
        }
    }
}
