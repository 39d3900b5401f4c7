package org.tandem.goals;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import java.util.Locale;
import org.tandem.platform.persistence.LowerCaseEnumConverter;

/** The two parties to a goal: the school (staff and administrators) and the family (guardians). */
public enum Side {
    SCHOOL, FAMILY;

    /** The side that must agree to what this side proposes. */
    public Side other() {
        return this == SCHOOL ? FAMILY : SCHOOL;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter(autoApply = true)
    static class Stored extends LowerCaseEnumConverter<Side> {
        Stored() {
            super(Side.class);
        }
    }
}
