package org.tandem.celebrations.reactions;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import java.util.Locale;
import org.tandem.platform.persistence.LowerCaseEnumConverter;

/** The small fixed set of reactions to a celebration. */
public enum Reaction {
    HEART, CLAP, STAR, SMILE, PARTY, THUMBS_UP;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reaction of its wire name; null for a name outside the set. */
    public static Reaction of(String wire) {
        for (Reaction r : values()) {
            if (r.wire().equals(wire)) {
                return r;
            }
        }
        return null;
    }

    @Converter(autoApply = true)
    static class Stored extends LowerCaseEnumConverter<Reaction> {
        Stored() {
            super(Reaction.class);
        }
    }
}
