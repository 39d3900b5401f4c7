package org.tandem.access;

import java.util.UUID;

/** A staff record: its account (null before they join), school, whether it administers the school, whether active. */
public record StaffMember(UUID staffId, UUID accountId, UUID schoolId, boolean schoolAdmin, boolean active) {
}
