package org.tandem.access;

import java.util.UUID;

/**
 * A staff member teaching the student now in one class (see {@link Connections#teachingByClassOf});
 * the account is null before they join.
 */
public record ClassTeaching(UUID studentId, UUID classId, UUID staffId, UUID accountId) {
}
