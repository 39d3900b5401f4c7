package org.tandem.directory;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Converter;
import org.tandem.platform.persistence.LowerCaseEnumConverter;

/** How a guardian is related to a student. */
public enum Relationship {
    // On the wire, as in the database, enumerations are lower-case.
    @JsonProperty("mother") MOTHER,
    @JsonProperty("father") FATHER,
    @JsonProperty("guardian") GUARDIAN,
    @JsonProperty("grandparent") GRANDPARENT,
    @JsonProperty("other") OTHER;

    @Converter(autoApply = true)
    static class Stored extends LowerCaseEnumConverter<Relationship> {
        Stored() {
            super(Relationship.class);
        }
    }
}
