package org.tandem.celebrations;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import java.util.Locale;
import org.tandem.platform.persistence.LowerCaseEnumConverter;

/** What a celebration recognises. */
public enum CelebrationCategory {
    ACADEMIC, KINDNESS, EFFORT, PERSEVERANCE, ATTENDANCE, MILESTONE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter(autoApply = true)
    static class Stored extends LowerCaseEnumConverter<CelebrationCategory> {
        Stored() {
            super(CelebrationCategory.class);
        }
    }
}
