package org.tandem.identity.external;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jose4j.jwt.JwtClaims;
import org.tandem.platform.security.TokenVerification;

/**
 * One district's identity provider: verifies its tokens (signature against the keys it publishes,
 * issuer, audience, expiry) with the same rules and clock skew as ours.
 */
final class ExternalIssuer {

    private static final Set<SignatureAlgorithm> ASYMMETRIC = EnumSet.of(
            SignatureAlgorithm.RS256, SignatureAlgorithm.RS384, SignatureAlgorithm.RS512,
            SignatureAlgorithm.PS256, SignatureAlgorithm.PS384, SignatureAlgorithm.PS512,
            SignatureAlgorithm.ES256, SignatureAlgorithm.ES384, SignatureAlgorithm.ES512, SignatureAlgorithm.EDDSA);

    private final String name;
    private final ExternalIssuerSettings.Issuer settings;
    private final JWTAuthContextInfo rules;
    // A parser keeps the key resolver (and its JWKS cache) of the first rules it saw: one per issuer,
    // never the shared default, or one issuer's keys could verify another's tokens.
    private final DefaultJWTTokenParser parser = new DefaultJWTTokenParser();

    ExternalIssuer(String name, ExternalIssuerSettings.Issuer settings) {
        this.name = name;
        this.settings = settings;
        requireSafeKeyLocation(name, settings.jwksUrl());
        if (settings.audience().isEmpty()) {
            throw new IllegalStateException("tandem.external-issuers." + name + ".audience must name at least one audience");
        }
        this.rules = new JWTAuthContextInfo();
        rules.setPublicKeyLocation(settings.jwksUrl().toString());
        rules.setIssuedBy(settings.issuer());
        rules.setExpectedAudience(settings.audience());
        rules.setSignatureAlgorithm(algorithms(name, settings));
        rules.setClockSkew(TokenVerification.CLOCK_SKEW_SECONDS);
        rules.setRequiredClaims(Set.of("exp", settings.userClaim()));
    }

    String name() {
        return name;
    }

    ExternalIssuerSettings.Issuer settings() {
        return settings;
    }

    /** The token's claims once it has passed every check; a {@link ParseException} otherwise. */
    JwtClaims verify(String token) throws ParseException {
        return parser.parse(token, rules).getJwtClaims();
    }

    private static Set<SignatureAlgorithm> algorithms(String name, ExternalIssuerSettings.Issuer settings) {
        Set<SignatureAlgorithm> algorithms = settings.signatureAlgorithms().stream()
                .map(SignatureAlgorithm::fromAlgorithm).collect(Collectors.toSet());
        if (algorithms.isEmpty() || !ASYMMETRIC.containsAll(algorithms)) {
            // A shared secret would have to be given to us, and would let us mint the district's tokens.
            throw new IllegalStateException("tandem.external-issuers." + name
                    + ".signature-algorithms must list public-key algorithms only (RS256, PS256, ES256, EdDSA, ...)");
        }
        return algorithms;
    }

    /** Keys fetched over plain HTTP could be swapped in transit; only a loopback address may use it. */
    private static void requireSafeKeyLocation(String name, URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase();
        if (scheme.equals("https")) {
            return;
        }
        if (scheme.equals("http") && isLoopback(url.getHost())) {
            return;
        }
        throw new IllegalStateException("tandem.external-issuers." + name
                + ".jwks-url must be an https URL (plain http is accepted only on a loopback address)");
    }

    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            // Only literal addresses: resolving a name here would trust whatever DNS says today.
            return host.matches("[0-9.]+|\\[[0-9a-fA-F:]+\\]") && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
