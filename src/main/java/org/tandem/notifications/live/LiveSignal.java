package org.tandem.notifications.live;

import java.util.Optional;
import java.util.UUID;

/**
 * What instances tell each other on the NOTIFY channel, in a few dozen bytes (PostgreSQL's limit is
 * 8000): ids only, never content. {@code e <tenant> <first> <last>}: events of the tenant with ids in
 * that range were stored; {@code c <tenant> <stream>}: close that stream, wherever it is open.
 */
record LiveSignal(char kind, UUID tenantId, long first, long last, UUID streamId) {

    static String events(UUID tenantId, long first, long last) {
        return "e " + tenantId + " " + first + " " + last;
    }

    static String close(UUID tenantId, UUID streamId) {
        return "c " + tenantId + " " + streamId;
    }

    /** Reads a payload; empty for anything else on the channel (another version's signal, a stray NOTIFY). */
    static Optional<LiveSignal> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(" ");
        try {
            if (parts.length == 4 && "e".equals(parts[0])) {
                return Optional.of(new LiveSignal('e', UUID.fromString(parts[1]), Long.parseLong(parts[2]),
                        Long.parseLong(parts[3]), null));
            }
            if (parts.length == 3 && "c".equals(parts[0])) {
                return Optional.of(new LiveSignal('c', UUID.fromString(parts[1]), 0, 0, UUID.fromString(parts[2])));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
