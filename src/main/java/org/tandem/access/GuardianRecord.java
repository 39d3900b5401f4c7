package org.tandem.access;

import java.util.UUID;

/** A guardian record as decisions need it: its account (null before they join) and whether it is active. */
public record GuardianRecord(UUID guardianId, UUID accountId, boolean active) {
}
