package org.tandem.identity;

import java.util.Locale;
import org.tandem.directory.Relationship;

/** A guardian's relationship as it appears on the wire: lower case, as in the schema. */
public final class Relationships {

    /** For {@code @Pattern} on request fields; the schema lists the same values. */
    public static final String PATTERN = "mother|father|guardian|grandparent|other";

    private Relationships() {
    }

    public static Relationship parse(String wire) {
        return Relationship.valueOf(wire.toUpperCase(Locale.ROOT));
    }

    public static String wire(Relationship relationship) {
        return relationship.name().toLowerCase(Locale.ROOT);
    }
}
