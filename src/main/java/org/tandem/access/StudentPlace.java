package org.tandem.access;

import java.util.UUID;

/** A student and the school they belong to: what a decision about the student needs of its record. */
public record StudentPlace(UUID studentId, UUID schoolId) {
}
