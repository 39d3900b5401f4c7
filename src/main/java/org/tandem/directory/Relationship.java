package org.tandem.directory;

import jakarta.persistence.Converter;
import org.tandem.platform.persistence.LowerCaseEnumConverter;

/** How a guardian is related to a student. */
public enum Relationship {
    MOTHER, FATHER, GUARDIAN, GRANDPARENT, OTHER;

    @Converter(autoApply = true)
    static class Stored extends LowerCaseEnumConverter<Relationship> {
        Stored() {
            super(Relationship.class);
        }
    }
}
