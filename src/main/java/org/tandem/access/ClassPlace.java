package org.tandem.access;

import java.util.UUID;

/** A class and the school it belongs to. */
public record ClassPlace(UUID classId, UUID schoolId) {
}
