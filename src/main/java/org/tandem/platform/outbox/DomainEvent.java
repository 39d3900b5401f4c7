package org.tandem.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the outbox as its readers see it.
 *
 * @param type     what happened, as {@code feature.thing_happened} ({@code message.posted}, {@code goal.achieved})
 * @param position where it stands in the gap-free walk of the log
 * @param data     the producer's JSON object: identifiers and what changed, no more personal data than needed
 */
public record DomainEvent(UUID tenantId, long id, OutboxPosition position, String type, UUID subjectId,
                          UUID actorId, Instant occurredAt, String data) {
}
