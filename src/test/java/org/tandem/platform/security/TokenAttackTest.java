package org.tandem.platform.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestTokens;
import org.tandem.testsupport.TokenForge;

/**
 * Forged, stale, misdirected and misplaced tokens are all refused with a 401 problem and a Bearer
 * challenge (RFC 8725 §3.1, §3.8, §3.9). Each attack starts from a token that would otherwise be
 * accepted, so a 401 can only come from the one thing the test changes.
 */
@QuarkusTest
class TokenAttackTest {

    private static final String PROTECTED = "/api/v1/test-caller";

    private final TokenKeys keys = Arc.container().instance(TokenKeys.class).get();
    private final String subject = TestTokens.randomSubject();

    private JwtClaims claims() {
        return TokenForge.ourClaims(TestTokens.TENANT, subject, "teacher");
    }

    private String signedByUs(JwtClaims claims) {
        return TokenForge.rs256(claims, keys.current().privateKey(), keys.current().keyId());
    }

    private static ValidatableResponse assertUnauthenticated(ValidatableResponse response) {
        return response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("code", equalTo("unauthenticated"));
    }

    private static ValidatableResponse call(String token) {
        return Api.raw(token).get(PROTECTED).then();
    }

    @Test
    void theUnalteredTokenIsAccepted() {
        call(signedByUs(claims())).statusCode(200);
    }

    @Test
    void requestsAreAuthenticatedThroughTheVerifiedTokenCache() {
        VerifiedTokens cache = (VerifiedTokens) io.quarkus.arc.ClientProxy.unwrap(
                Arc.container().instance(io.smallrye.jwt.auth.principal.JWTParser.class).get());
        String token = signedByUs(claims());
        call(token).statusCode(200);
        int remembered = cache.size();
        assertTrue(remembered >= 1, "the verified token is remembered");
        call(token).statusCode(200);
        // A forged twin of the remembered token (same claims, another signature) is still refused.
        String[] parts = token.split("\\.");
        assertUnauthenticated(call(parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse()));
    }

    @Test
    void unsignedTokenWithAlgNoneIsRefused() {
        assertUnauthenticated(call(TokenForge.unsigned(claims())));
    }

    @Test
    void rs256TokenWithItsSignatureStrippedIsRefused() {
        String token = signedByUs(claims());
        assertUnauthenticated(call(token.substring(0, token.lastIndexOf('.') + 1)));
    }

    @Test
    void hs256KeyedWithOurPublicKeyIsRefused() {
        RSAPublicKey pub = keys.current().publicKey();
        String kid = keys.current().keyId();
        byte[] der = pub.getEncoded();
        byte[] pem = TokenForge.pem("PUBLIC KEY", der).getBytes(StandardCharsets.US_ASCII);
        byte[] jwk = new RsaJsonWebKey(pub).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)
                .getBytes(StandardCharsets.UTF_8);
        byte[] jwks = keys.jwksJson().getBytes(StandardCharsets.UTF_8);
        for (byte[] secret : new byte[][] {der, pem, jwk, jwks}) {
            assertUnauthenticated(call(TokenForge.hs256(claims(), secret, kid)));
            assertUnauthenticated(call(TokenForge.hs256(claims(), secret, null)));
        }
    }

    @Test
    void tokenSignedByAForeignKeyIsRefusedWhateverItsKid() {
        KeyPair foreign = TokenForge.rsaKeyPair();
        assertUnauthenticated(call(TokenForge.rs256(claims(), foreign.getPrivate(), keys.current().keyId())));
        assertUnauthenticated(call(TokenForge.rs256(claims(), foreign.getPrivate(), "some-other-kid")));
        assertUnauthenticated(call(TokenForge.rs256(claims(), foreign.getPrivate(), null)));
    }

    @Test
    void keyEmbeddedInTheHeaderIsNotTrusted() {
        KeyPair foreign = TokenForge.rsaKeyPair();
        RsaJsonWebKey attackerJwk = new RsaJsonWebKey((RSAPublicKey) foreign.getPublic());
        String token = TokenForge.rs256(claims(), foreign.getPrivate(), keys.current().keyId());
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keys.current().keyId() + "\",\"jwk\":"
                + attackerJwk.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY) + "}";
        // The header is part of the signing input, so re-sign with the attacker's key over the new header.
        String resigned = resign(TokenForge.withHeader(token, header), foreign);
        assertUnauthenticated(call(resigned));
    }

    @Test
    void tokenExpiredBeyondTheClockSkewIsRefused() {
        assertUnauthenticated(call(signedByUs(TokenForge.expiredSecondsAgo(claims(), 61))));
        assertUnauthenticated(call(signedByUs(TokenForge.expiredSecondsAgo(claims(), 3600))));
    }

    @Test
    void tokenExpiredWithinTheClockSkewIsStillAccepted() {
        call(signedByUs(TokenForge.expiredSecondsAgo(claims(), 30))).statusCode(200);
    }

    @Test
    void tokenLivingLongerThanAnAccessTokenMayIsRefused() {
        JwtClaims claims = claims();
        claims.setExpirationTimeMinutesInTheFuture(24 * 60);
        assertUnauthenticated(call(signedByUs(claims)));
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() {
        JwtClaims claims = claims();
        claims.setIssuer("https://evil.example");
        assertUnauthenticated(call(signedByUs(claims)));
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        JwtClaims claims = claims();
        claims.setAudience("some-other-api");
        assertUnauthenticated(call(signedByUs(claims)));
        JwtClaims none = claims();
        none.unsetClaim("aud");
        assertUnauthenticated(call(signedByUs(none)));
    }

    @Test
    void tokenMissingARequiredClaimIsRefused() {
        for (String claim : new String[] {"tid", "exp", "iat", "sub"}) {
            JwtClaims claims = claims();
            claims.unsetClaim(claim);
            if (claim.equals("sub")) {
                claims.unsetClaim("upn");
            }
            assertUnauthenticated(call(signedByUs(claims)));
        }
    }

    @Test
    void tamperedPayloadIsRefused() {
        String guardianToken = signedByUs(TokenForge.ourClaims(TestTokens.TENANT, subject, "guardian"));
        assertUnauthenticated(call(TokenForge.withPayload(guardianToken, claims())));
        JwtClaims otherTenant = claims();
        otherTenant.setClaim("tid", "00000000-0000-0000-0000-0000000000b2");
        assertUnauthenticated(call(TokenForge.withPayload(signedByUs(claims()), otherTenant)));
    }

    @Test
    void tokenInTheQueryStringDoesNotAuthenticate() {
        assertUnauthenticated(Api.raw().queryParam("access_token", signedByUs(claims())).get(PROTECTED).then());
    }

    @Test
    void tokenInACookieDoesNotAuthenticate() {
        String token = signedByUs(claims());
        assertUnauthenticated(Api.raw().cookie("Bearer", token).get(PROTECTED).then());
        assertUnauthenticated(Api.raw().cookie("access_token", token).get(PROTECTED).then());
    }

    @Test
    void tokenWithoutTheBearerSchemeDoesNotAuthenticate() {
        String token = signedByUs(claims());
        assertUnauthenticated(Api.raw().header("Authorization", token).get(PROTECTED).then());
        assertUnauthenticated(Api.raw().header("Authorization", "Basic " + token).get(PROTECTED).then());
        assertUnauthenticated(Api.raw().auth().preemptive().basic(subject, token).get(PROTECTED).then());
    }

    private static String resign(String token, KeyPair key) {
        String signingInput = token.substring(0, token.lastIndexOf('.'));
        try {
            java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
            rsa.initSign(key.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
