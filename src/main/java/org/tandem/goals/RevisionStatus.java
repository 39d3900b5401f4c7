package org.tandem.goals;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import java.util.Locale;
import org.tandem.platform.persistence.LowerCaseEnumConverter;

/** A revision of a goal's terms: pending until the other side accepts or declines it, or its side withdraws it. */
public enum RevisionStatus {
    PENDING, ACCEPTED, DECLINED, WITHDRAWN;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter(autoApply = true)
    static class Stored extends LowerCaseEnumConverter<RevisionStatus> {
        Stored() {
            super(RevisionStatus.class);
        }
    }
}
