package org.tandem.messaging.thread;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import java.util.Locale;
import org.tandem.platform.persistence.LowerCaseEnumConverter;

/** The kinds of thread: who is in them follows from the kind. */
public enum ThreadKind {
    /** Staff and one or more family members, named explicitly. */
    DIRECT,
    /** About one student: the staff involved and every guardian who receives communications. */
    STUDENT,
    /** A class's families (computed) or a chosen set of guardians (explicit). */
    GROUP,
    /** One-to-many from staff; recipients read, and may reply privately in a direct thread. */
    ANNOUNCEMENT;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter(autoApply = true)
    static class Stored extends LowerCaseEnumConverter<ThreadKind> {
        Stored() {
            super(ThreadKind.class);
        }
    }
}
