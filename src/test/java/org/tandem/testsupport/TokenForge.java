package org.tandem.testsupport;

import io.quarkus.arc.Arc;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;
import org.tandem.platform.security.JwtSettings;

/**
 * Builds tokens the way an attacker or another identity provider would: any claims, any key, any
 * header, or no signature at all. {@link TestTokens} mints the well-behaved ones.
 */
public final class TokenForge {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private TokenForge() {
    }

    /** Claims of a valid access token of ours: our issuer and audience, ten minutes to live. */
    public static JwtClaims ourClaims(String tenant, String subject, String... roles) {
        JwtSettings settings = Arc.container().instance(JwtSettings.class).get();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(settings.issuer());
        claims.setAudience(settings.audience());
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.of(roles));
        claims.setClaim("tid", tenant);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        return claims;
    }

    /** Moves the token's life so that it ended {@code secondsAgo} seconds ago, having lasted ten minutes. */
    public static JwtClaims expiredSecondsAgo(JwtClaims claims, long secondsAgo) {
        long now = NumericDate.now().getValue();
        claims.setExpirationTime(NumericDate.fromSeconds(now - secondsAgo));
        claims.setIssuedAt(NumericDate.fromSeconds(now - secondsAgo - 600));
        return claims;
    }

    public static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RS256 over the claims with the given key; {@code kid} may be null. */
    public static String rs256(JwtClaims claims, PrivateKey key, String kid) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(key);
        if (kid != null) {
            jws.setKeyIdHeaderValue(kid);
        }
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token with {@code alg: none} and an empty signature. */
    public static String unsigned(JwtClaims claims) {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(claims.toJson()) + ".";
    }

    /** HS256 over the claims, keyed with {@code secret}: the algorithm-confusion attack when the secret is a public key. */
    public static String hs256(JwtClaims claims, byte[] secret, String kid) {
        String header = kid == null ? "{\"alg\":\"HS256\",\"typ\":\"JWT\"}"
                : "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}";
        String signingInput = encode(header) + "." + encode(claims.toJson());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same token with its payload replaced and its original header and signature kept. */
    public static String withPayload(String token, JwtClaims claims) {
        String[] parts = token.split("\\.", -1);
        return parts[0] + "." + encode(claims.toJson()) + "." + parts[2];
    }

    /** The same token with its header replaced and its payload and signature kept. */
    public static String withHeader(String token, String headerJson) {
        String[] parts = token.split("\\.", -1);
        return encode(headerJson) + "." + parts[1] + "." + parts[2];
    }

    /** Reads a PKCS#8 PEM private key, as written by {@link #pem}. */
    public static PrivateKey readPrivateKey(String location) {
        try {
            String pem = java.nio.file.Files.readString(java.nio.file.Path.of(location));
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return java.security.KeyFactory.getInstance("RSA").generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(der));
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the private key at " + location, e);
        }
    }

    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String encode(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
