package org.tandem.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The verified-token cache gives back only what was verified, only while it is unexpired. */
class VerifiedTokensTest {

    /** SmallRye's parser, counting the tokens it is asked to verify; "bad" tokens fail as a forged one would. */
    static final class CountingVerifier extends DefaultJWTParser {
        final Map<String, Integer> calls = new HashMap<>();
        final Map<String, Long> expiries = new HashMap<>();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.merge(token, 1, Integer::sum);
            if (token.startsWith("bad")) {
                throw new ParseException("signature does not verify");
            }
            long exp = expiries.getOrDefault(token, System.currentTimeMillis() / 1000 + 900);
            return new Verified(token, exp);
        }
    }

    record Verified(String name, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
        }
    }

    @Test
    void aTokenIsVerifiedOnceAndThenGivenBackAsVerified() throws Exception {
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokens tokens = new VerifiedTokens(verifier, 10);
        JsonWebToken first = tokens.parse("a.b.c");
        assertSame(first, tokens.parse("a.b.c"));
        assertEquals(1, verifier.calls.get("a.b.c"));
    }

    @Test
    void aRejectedTokenIsNeverRemembered() {
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokens tokens = new VerifiedTokens(verifier, 10);
        assertThrows(ParseException.class, () -> tokens.parse("bad.token.sig"));
        assertThrows(ParseException.class, () -> tokens.parse("bad.token.sig"));
        assertEquals(2, verifier.calls.get("bad.token.sig"));
        assertEquals(0, tokens.size());
    }

    @Test
    void anExpiredTokenIsVerifiedAgainRatherThanGivenBack() throws Exception {
        CountingVerifier verifier = new CountingVerifier();
        long longAgo = System.currentTimeMillis() / 1000 - TokenVerification.CLOCK_SKEW_SECONDS - 5;
        verifier.expiries.put("old.b.c", longAgo);
        VerifiedTokens tokens = new VerifiedTokens(verifier, 10);
        tokens.parse("old.b.c");
        tokens.parse("old.b.c");
        assertEquals(2, verifier.calls.get("old.b.c"), "past its expiry (and the skew) it goes back to the verifier");
    }

    @Test
    void theCacheNeverHoldsMoreThanItsBound() throws Exception {
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokens tokens = new VerifiedTokens(verifier, 3);
        for (int i = 0; i < 10; i++) {
            tokens.parse("t" + i + ".b.c");
            assertTrue(tokens.size() <= 3);
        }
        VerifiedTokens off = new VerifiedTokens(verifier, 0);
        off.parse("x.b.c");
        off.parse("x.b.c");
        assertEquals(2, verifier.calls.get("x.b.c"));
    }
}
