package org.tandem.access;

import java.util.UUID;

/** A staff member who teaches the student now (see {@link Connections}); the account is null before they join. */
public record Teaching(UUID studentId, UUID staffId, UUID accountId, UUID schoolId) {
}
