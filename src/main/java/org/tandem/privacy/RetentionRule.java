package org.tandem.privacy;

import java.time.Instant;

/**
 * The extension point of retention: a feature that keeps rows of a {@link RetentionCategory} provides one
 * implementation that counts ({@link #count}, for a dry run) and removes ({@link #purge}) its own rows
 * older than the cutoff, in the district named (every statement names the tenant). Several rules may
 * serve one category (deliveries: mail, pushes, webhooks). Rows another feature points at are released
 * through that feature (a CDI event the purging feature fires), never by writing its tables.
 */
public interface RetentionRule {

    RetentionCategory category();

    /** The rule's name in a run's record ({@code messaging.messages}). */
    String name();

    long count(String tenant, Instant cutoff);

    int purge(String tenant, Instant cutoff);
}
