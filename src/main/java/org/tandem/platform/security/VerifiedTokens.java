package org.tandem.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The access-token parser SmallRye JWT authenticates every request with, remembering the tokens it
 * has verified: an app sends the same token with every request for its 15 minutes, and checking its
 * RS256 signature and parsing its JSON again each time was about 15% of a write's CPU (docs/performance.md).
 *
 * <p>A token is found only by its exact text, which was verified in full (signature, issuer, audience,
 * lifetime) the first time; a remembered token is given again only while it has not expired (the same
 * clock skew as the first check), and revocation, sign-out and the issued-at epoch are still checked on
 * every request ({@link RevokedTokenCheck}, {@link IssuedAtCheck} run after this). A rejected token is
 * never remembered. The cache is bounded ({@code tandem.jwt.verified-token-cache-size}).
 */
@Alternative
@Priority(1)
@Singleton
public class VerifiedTokens implements JWTParser {

    private final JWTParser verifier;
    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();
    private final int capacity;

    @Inject
    VerifiedTokens(JWTAuthContextInfo contextInfo, JwtSettings settings) {
        this(new DefaultJWTParser(contextInfo, new TokenPrincipals()), settings.verifiedTokenCacheSize());
    }

    VerifiedTokens(JWTParser verifier, int capacity) {
        this.verifier = verifier;
        this.capacity = capacity;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (stillValid(known)) {
                return known;
            }
            verified.remove(token);
        }
        JsonWebToken fresh = verifier.parse(token);
        remember(token, fresh);
        return fresh;
    }

    /** How many tokens are remembered now (for tests and metrics). */
    int size() {
        return verified.size();
    }

    // The system's time, not the application Clock: the verifier (jose4j) checked the expiry against it.
    private static boolean stillValid(JsonWebToken token) {
        long nowSeconds = System.currentTimeMillis() / 1000;
        return nowSeconds <= token.getExpirationTime() + TokenVerification.CLOCK_SKEW_SECONDS;
    }

    private void remember(String token, JsonWebToken parsed) {
        if (capacity <= 0) {
            return;
        }
        if (verified.size() >= capacity) {
            dropExpired();
            if (verified.size() >= capacity) {
                // Full of live tokens (more active sessions than the bound): start again rather than
                // track recency on every hit; the next requests verify their tokens once more.
                verified.clear();
            }
        }
        verified.put(token, parsed);
    }

    private void dropExpired() {
        for (Iterator<JsonWebToken> it = verified.values().iterator(); it.hasNext(); ) {
            if (!stillValid(it.next())) {
                it.remove();
            }
        }
    }

    // Not used by request authentication: each goes to SmallRye's parser unchanged, never cached.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
