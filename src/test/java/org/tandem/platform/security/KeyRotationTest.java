package org.tandem.platform.security;

import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.DistrictIdentityProvider;
import org.tandem.testsupport.DistrictIdentityProviderProfile;
import org.tandem.testsupport.TestTokens;
import org.tandem.testsupport.TokenForge;

/**
 * After a rotation the retired key, listed in {@code tandem.jwt.previous-key-locations}, still
 * verifies the tokens it signed until they expire, and the key set publishes both keys.
 */
@QuarkusTest
@TestProfile(DistrictIdentityProviderProfile.class)
class KeyRotationTest {

    private static final String CALLER = "/api/v1/test-caller";

    private final TokenKeys keys = Arc.container().instance(TokenKeys.class).get();
    private final RSAPrivateCrtKey retired = (RSAPrivateCrtKey) TokenForge.readPrivateKey(ConfigProvider.getConfig()
            .getValue(DistrictIdentityProvider.PREVIOUS_KEY_LOCATION, String.class));
    private final String retiredKid = kidOf(retired);

    @Test
    void keySetPublishesTheCurrentAndTheRetiredKey() {
        assertNotEquals(keys.current().keyId(), retiredKid);
        Api.validated().get("/.well-known/jwks.json").then().statusCode(200)
                .body("keys.size()", equalTo(2))
                .body("keys.kid", hasItems(keys.current().keyId(), retiredKid));
    }

    @Test
    void tokenSignedByTheRetiredKeyStillVerifies() {
        String subject = TestTokens.randomSubject();
        String token = TokenForge.rs256(TokenForge.ourClaims(TestTokens.TENANT, subject, "teacher"), retired, retiredKid);
        Api.raw(token).get(CALLER).then().statusCode(200).body("subject", equalTo(subject));
    }

    @Test
    void tokenSignedByTheCurrentKeyVerifies() {
        Api.raw(TestTokens.forRoles(TestTokens.randomSubject(), "teacher")).get(CALLER).then().statusCode(200);
    }

    @Test
    void retiredKeyCannotPassForTheCurrentOne() {
        String token = TokenForge.rs256(TokenForge.ourClaims(TestTokens.TENANT, TestTokens.randomSubject(), "teacher"),
                retired, keys.current().keyId());
        Api.raw(token).get(CALLER).then().statusCode(401).body("code", equalTo("unauthenticated"));
    }

    private static String kidOf(RSAPrivateCrtKey key) {
        try {
            RSAPublicKey pub = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            // The same id TokenKeys gives a key: the start of its RFC 7638 thumbprint.
            return new RsaJsonWebKey(pub).calculateBase64urlEncodedThumbprint("SHA-256").substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
