package org.tandem.privacy;

import java.util.Set;
import java.util.UUID;

/**
 * What one export may hold, fixed when it was asked for: the requester (an administrator sees every
 * thread about the student; a guardian the student's thread and the threads they are in), whether goals
 * and celebrations are included at all, whether confidential ones are, and the households whose RSVPs
 * belong in it (a guardian's own; every household of the student for an administrator).
 */
public record ExportScope(String tenant, UUID studentId, UUID requesterAccountId, boolean administrator,
                          boolean includeGoals, boolean includeConfidential, Set<UUID> householdKeys) {
}
