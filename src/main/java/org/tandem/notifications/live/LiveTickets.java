package org.tandem.notifications.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;

/**
 * Stream tickets: a browser's EventSource cannot send an Authorization header, so the app trades its
 * bearer token for a ticket that opens one stream, once, within {@code tandem.live.ticket-lifetime}.
 * The ticket names its tenant (not secret) and holds 256 random bits, of which only a SHA-256 is
 * stored; redeeming deletes it. The stream it opens ends when the bearer token it was bought with expires.
 */
@ApplicationScoped
class LiveTickets {

    /** Who a redeemed ticket opens a stream for, and until when. */
    record Holder(UUID tenantId, UUID accountId, Instant sessionEndsAt) {
    }

    /** A new ticket and when it stops working. */
    record Issued(String ticket, Instant expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;

    private final Sql sql;
    private final LiveSettings settings;
    private final Clock clock;

    LiveTickets(Sql sql, LiveSettings settings, Clock clock) {
        this.sql = sql;
        this.settings = settings;
        this.clock = clock;
    }

    Issued issue(UUID tenantId, UUID accountId, Instant sessionEndsAt) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        Instant expiresAt = clock.instant().plus(settings.ticketLifetime());
        sql.update("INSERT INTO live_ticket (tenant_id, secret_hash, account_id, expires_at, session_ends_at) VALUES (?, ?, ?, ?, ?)",
                tenantId.toString(), sha256(secret), accountId, expiresAt, sessionEndsAt);
        ByteBuffer ticket = ByteBuffer.allocate(16 + SECRET_BYTES);
        ticket.putLong(tenantId.getMostSignificantBits()).putLong(tenantId.getLeastSignificantBits()).put(secret);
        return new Issued(Base64.getUrlEncoder().withoutPadding().encodeToString(ticket.array()), expiresAt);
    }

    /** Spends a ticket: empty when it is malformed, unknown, already used or expired. */
    Optional<Holder> redeem(String ticket) {
        byte[] raw;
        try {
            raw = ticket == null ? new byte[0] : Base64.getUrlDecoder().decode(ticket);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (raw.length != 16 + SECRET_BYTES) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(raw);
        UUID tenantId = new UUID(buffer.getLong(), buffer.getLong());
        byte[] secret = new byte[SECRET_BYTES];
        buffer.get(secret);
        Instant now = clock.instant();
        return sql.one("DELETE FROM live_ticket WHERE tenant_id = ? AND secret_hash = ? RETURNING account_id, expires_at, session_ends_at",
                        rs -> new Expiring(new Holder(tenantId, Sql.uuid(rs, "account_id"), Sql.instant(rs, "session_ends_at")),
                                Sql.instant(rs, "expires_at")), tenantId.toString(), sha256(secret))
                .filter(found -> found.expiresAt().isAfter(now))
                .map(Expiring::holder);
    }

    /** Tickets past their lifetime (never redeemed) are deleted. */
    void prune(Instant before) {
        sql.update("DELETE FROM live_ticket WHERE expires_at < ?", before);
    }

    private record Expiring(Holder holder, Instant expiresAt) {
    }

    private static byte[] sha256(byte[] secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
