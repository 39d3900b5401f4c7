package org.tandem.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets sent to a person once (invitation and password-reset links). Only their SHA-256 hash is
 * stored, so a copy of the database does not let anyone use them; 256 random bits make guessing
 * pointless, which is also why a fast hash is enough here, unlike for passwords.
 */
public final class OneTimeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    /** A new token and the hash to store. */
    public record Issued(String token, String hash) {
    }

    private OneTimeTokens() {
    }

    public static Issued issue() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(token, hash(token));
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The link of a mail: the template with {@code {token}} replaced. */
    public static String link(String template, String token) {
        return template.replace("{token}", token);
    }
}
