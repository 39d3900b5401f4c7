package org.tandem.access;

import java.util.UUID;

/**
 * Fired (synchronously, in the reading transaction) when a student's records leave the school through
 * an integrator's read: the privacy feature writes it to the disclosure log.
 */
public record StudentRecordsDisclosed(UUID studentId, UUID recipientId, String records, String purpose) {
}
