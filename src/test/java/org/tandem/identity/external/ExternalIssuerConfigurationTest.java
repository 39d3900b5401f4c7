package org.tandem.identity.external;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.platform.security.JwtSettings;

/** A provider that could be confused with us, with another provider, or tampered with in transit never starts. */
class ExternalIssuerConfigurationTest {

    private static final String OURS = "https://tandem.example";

    record Issuer(String issuer, URI jwksUrl, Set<String> audience, String userClaim,
                  ExternalIssuerSettings.MatchBy matchBy, UUID tenant, List<String> signatureAlgorithms)
            implements ExternalIssuerSettings.Issuer {
        static Issuer of(String issuer, String jwksUrl) {
            return new Issuer(issuer, URI.create(jwksUrl), Set.of("tandem"), "email",
                    ExternalIssuerSettings.MatchBy.EMAIL, UUID.randomUUID(), List.of("RS256"));
        }

        Issuer withAlgorithms(String... algorithms) {
            return new Issuer(issuer, jwksUrl, audience, userClaim, matchBy, tenant, List.of(algorithms));
        }
    }

    private static ExternalIssuers issuers(Map<String, ExternalIssuerSettings.Issuer> issuers) {
        return new ExternalIssuers(() -> issuers, ourSettings());
    }

    @Test
    void keysMustBeFetchedOverHttpsOrFromThisMachine() {
        assertDoesNotThrow(() -> new ExternalIssuer("a", Issuer.of("https://idp", "https://idp.example/jwks")));
        assertDoesNotThrow(() -> new ExternalIssuer("a", Issuer.of("https://idp", "http://127.0.0.1:8180/jwks")));
        assertDoesNotThrow(() -> new ExternalIssuer("a", Issuer.of("https://idp", "http://localhost:8180/jwks")));
        assertDoesNotThrow(() -> new ExternalIssuer("a", Issuer.of("https://idp", "http://[::1]:8180/jwks")));
        assertThrows(IllegalStateException.class,
                () -> new ExternalIssuer("a", Issuer.of("https://idp", "http://idp.example/jwks")));
        assertThrows(IllegalStateException.class,
                () -> new ExternalIssuer("a", Issuer.of("https://idp", "http://127.0.0.1.nip.io/jwks")));
        assertThrows(IllegalStateException.class,
                () -> new ExternalIssuer("a", Issuer.of("https://idp", "file:///etc/keys.json")));
    }

    @Test
    void sharedSecretAlgorithmsAreRefused() {
        Issuer issuer = Issuer.of("https://idp", "https://idp.example/jwks");
        assertThrows(IllegalStateException.class, () -> new ExternalIssuer("a", issuer.withAlgorithms("HS256")));
        assertThrows(IllegalStateException.class, () -> new ExternalIssuer("a", issuer.withAlgorithms("RS256", "HS512")));
        assertDoesNotThrow(() -> new ExternalIssuer("a", issuer.withAlgorithms("RS256", "ES256")));
    }

    @Test
    void providerCannotUseOurIssuer() {
        assertThrows(IllegalStateException.class,
                () -> issuers(Map.of("a", Issuer.of(OURS, "https://idp.example/jwks"))));
    }

    @Test
    void twoProvidersCannotShareAnIssuer() {
        assertThrows(IllegalStateException.class, () -> issuers(Map.of(
                "a", Issuer.of("https://idp", "https://idp.example/jwks"),
                "b", Issuer.of("https://idp", "https://idp.example/jwks"))));
    }

    @Test
    void issuerIsFoundByItsExactName() {
        ExternalIssuers issuers = issuers(Map.of("a", Issuer.of("https://idp", "https://idp.example/jwks")));
        assertTrue(issuers.forIssuer("https://idp").isPresent());
        assertTrue(issuers.forIssuer("https://idp/").isEmpty());
        assertTrue(issuers.forIssuer("HTTPS://IDP").isEmpty());
        assertTrue(issuers.forIssuer(null).isEmpty());
        assertTrue(issuers(Map.of()).isEmpty());
    }

    @Test
    void issuerIsReadFromCompactTokensOnly() {
        assertEquals(Optional.of("https://idp"), ExternalTokenIdentityProvider.unverifiedIssuer(
                token("{\"alg\":\"RS256\"}", "{\"iss\":\"https://idp\"}") + ".sig"));
        assertEquals(Optional.empty(), ExternalTokenIdentityProvider.unverifiedIssuer(
                token("{\"alg\":\"RS256\"}", "{\"iss\":42}") + ".sig"));
        assertEquals(Optional.empty(), ExternalTokenIdentityProvider.unverifiedIssuer(
                token("{\"alg\":\"RS256\"}", "[1,2]") + ".sig"));
        assertEquals(Optional.empty(), ExternalTokenIdentityProvider.unverifiedIssuer("not.a-token!.x"));
        assertEquals(Optional.empty(), ExternalTokenIdentityProvider.unverifiedIssuer("garbage"));
        assertEquals(Optional.empty(), ExternalTokenIdentityProvider.unverifiedIssuer("a.b.c.d.e"));
    }

    private static String token(String header, String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }

    private static JwtSettings ourSettings() {
        return new JwtSettings() {
            public String issuer() { return OURS; }
            public String audience() { return "tandem-api"; }
            public Duration accessTokenLifespan() { return Duration.ofMinutes(15); }
            public Optional<String> signingKey() { return Optional.empty(); }
            public Optional<Path> signingKeyLocation() { return Optional.empty(); }
            public Optional<List<Path>> previousKeyLocations() { return Optional.empty(); }
            public Path devKeyDirectory() { return Path.of("target"); }
            public int verifiedTokenCacheSize() { return 0; }
            public boolean generateIfMissing() { return false; }
        };
    }
}
