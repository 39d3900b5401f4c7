package org.tandem.celebrations.badges;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import java.util.Locale;
import org.tandem.platform.persistence.LowerCaseEnumConverter;

/** The fixed set of symbols a badge is drawn with (apps map each to their own artwork). */
public enum BadgeSymbol {
    STAR, HEART, TROPHY, MEDAL, ROCKET, SUN, RAINBOW, BOOK, LIGHTBULB, HANDSHAKE, SPARKLES, MOUNTAIN;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter(autoApply = true)
    static class Stored extends LowerCaseEnumConverter<BadgeSymbol> {
        Stored() {
            super(BadgeSymbol.class);
        }
    }
}
