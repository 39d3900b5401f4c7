package org.tandem.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.tandem.identity.AccessTokenRevocation;
import org.tandem.platform.security.OpaqueTokens;

/**
 * Refresh-token rotation with reuse detection (RFC 9700 §4.14.2): every use spends the token and
 * issues the next of its family; presenting a spent token again means it was stolen or replayed,
 * and the whole family is revoked. Methods run inside the caller's transaction.
 */
@ApplicationScoped
class RefreshTokens {

    /** The outcome of a rotation: the next token, or why there is none. */
    record Rotation(UUID accountId, String next, boolean reused) {
    }

    private final Duration lifespan;
    private final Clock clock;
    private final RefreshTokenRepository tokens;
    private final AccessTokenRevocation revocation;

    RefreshTokens(RefreshTokenRepository tokens, SignInSettings settings, Clock clock,
                  AccessTokenRevocation revocation) {
        this.revocation = revocation;
        this.tokens = tokens;
        this.lifespan = settings.refreshToken().lifespan();
        this.clock = clock;
    }

    String startFamily(UUID accountId) {
        return issue(accountId, UUID.randomUUID());
    }

    /** The tenant of a presented token, found before any tenant is known (native SQL is not tenant-filtered). */
    UUID tenantOf(String presented) {
        return tokens.tenantOfHash(OpaqueTokens.hash(presented)).orElse(null);
    }

    Rotation rotate(String presented) {
        RefreshToken token = find(presented, true);
        if (token == null) {
            return new Rotation(null, null, false);
        }
        Instant now = clock.instant();
        return switch (token.state()) {
            case ACTIVE -> {
                if (token.expired(now)) {
                    yield new Rotation(token.accountId(), null, false);
                }
                token.markUsed(now);
                yield new Rotation(token.accountId(), issue(token.accountId(), token.familyId()), false);
            }
            case USED -> {
                revokeFamily(token.familyId());
                revocation.revokeAll(token.tenantId(), token.accountId());
                yield new Rotation(token.accountId(), null, true);
            }
            case REVOKED -> new Rotation(token.accountId(), null, false);
        };
    }

    void revokeFamilyOf(String presented) {
        RefreshToken token = find(presented, false);
        if (token != null) {
            revokeFamily(token.familyId());
            // The sign-in's access tokens stop too; the account's other sign-ins just refresh theirs.
            revocation.revokeAll(token.tenantId(), token.accountId());
        }
    }

    private void revokeFamily(UUID familyId) {
        tokens.revokeFamily(familyId);
    }

    private RefreshToken find(String presented, boolean lock) {
        // Locked: two concurrent refreshes with one token, the second waits, then sees it spent.
        return tokens.byHash(OpaqueTokens.hash(presented), lock).orElse(null);
    }

    private String issue(UUID accountId, UUID familyId) {
        String token = OpaqueTokens.generate();
        tokens.persist(new RefreshToken(accountId, familyId, OpaqueTokens.hash(token), clock.instant().plus(lifespan)));
        return token;
    }
}
