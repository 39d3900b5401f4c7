package org.tandem.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * The RSA keys our tokens are signed with: the current one (signs and verifies) and those retired
 * by a rotation (verify only). Keys come from configuration; development and test machines get a
 * generated key that is kept outside version control.
 */
@ApplicationScoped
@io.quarkus.runtime.Startup // a missing or unreadable key stops the start, not the first sign-in
public class TokenKeys {

    private static final Logger LOG = Logger.getLogger(TokenKeys.class);

    /** A key with its id, the RFC 7638 thumbprint of its public part. */
    public record SigningKey(String keyId, PrivateKey privateKey, RSAPublicKey publicKey) {
    }

    private final SigningKey current;
    private final List<RsaJsonWebKey> verificationKeys;

    TokenKeys(JwtSettings settings) {
        this.current = loadCurrent(settings);
        List<RsaJsonWebKey> keys = new ArrayList<>();
        keys.add(jwk(current.publicKey()));
        settings.previousKeyLocations().orElse(List.of()).forEach(p -> keys.add(jwk(readPublic(p))));
        this.verificationKeys = List.copyOf(keys);
    }

    public SigningKey current() {
        return current;
    }

    /** The public keys as a JSON Web Key Set, as served at {@code /.well-known/jwks.json}. */
    public String jwksJson() {
        return new JsonWebKeySet(new ArrayList<JsonWebKey>(verificationKeys))
                .toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    public List<Map<String, Object>> jwks() {
        return verificationKeys.stream()
                .map(k -> k.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY))
                .toList();
    }

    private static SigningKey loadCurrent(JwtSettings settings) {
        if (settings.signingKey().isPresent() && !settings.signingKey().get().isBlank()) {
            return fromPrivate(parsePrivate(settings.signingKey().get()));
        }
        if (settings.signingKeyLocation().isPresent()) {
            return fromPrivate(parsePrivate(read(settings.signingKeyLocation().get())));
        }
        if (settings.generateIfMissing()) {
            return fromPrivate(devKey(settings.devKeyDirectory()));
        }
        throw new IllegalStateException("No token signing key is configured: set TANDEM_JWT_SIGNING_KEY (PEM text) or "
                + "TANDEM_JWT_SIGNING_KEY_LOCATION (a PKCS#8 PEM file). `make run` creates one for you.");
    }

    private static PrivateKey devKey(Path directory) {
        Path file = directory.resolve("signing-key.pem");
        try {
            if (Files.exists(file)) {
                return parsePrivate(Files.readString(file));
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Files.writeString(file, pem);
            try {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system; the directory is still outside version control.
            }
            LOG.infof("Generated a development signing key at %s", file.toAbsolutePath());
            return pair.getPrivate();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the development signing key in " + directory, e);
        }
    }

    private static SigningKey fromPrivate(PrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("The signing key must be an RSA private key");
        }
        try {
            RSAPublicKey pub = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            return new SigningKey(jwk(pub).getKeyId(), key, pub);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key is not usable", e);
        }
    }

    private static RsaJsonWebKey jwk(RSAPublicKey key) {
        RsaJsonWebKey jwk = new RsaJsonWebKey(key);
        jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint("SHA-256").substring(0, 16));
        jwk.setAlgorithm("RS256");
        jwk.setUse("sig");
        return jwk;
    }

    private static RSAPublicKey readPublic(Path path) {
        String pem = read(path);
        if (pem.contains("PRIVATE KEY")) {
            return fromPrivate(parsePrivate(pem)).publicKey();
        }
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an RSA public key: " + path, e);
        }
    }

    private static PrivateKey parsePrivate(String pem) {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalStateException("The signing key is in PKCS#1 form; convert it with "
                    + "`openssl pkcs8 -topk8 -nocrypt -in key.pem -out signing-key.pem`");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The signing key is not a PKCS#8 PEM RSA private key", e);
        }
    }

    private static byte[] der(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read key file " + path, e);
        }
    }
}
