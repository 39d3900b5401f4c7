package org.tandem.roster;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A provider's client id and secret, encrypted at rest with AES-256-GCM: a fresh 12-byte nonce per
 * write, the district's id as associated data (a row copied to another district does not open). The
 * key is derived from {@code tandem.roster.rest.credential-key}. Nothing here ever reaches a response.
 */
@ApplicationScoped
class CredentialBox {

    /** The provider's client credentials, in the clear (only in memory, only while a pull needs them). */
    record Credentials(String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "Credentials[clientId=…, clientSecret=…]";
        }
    }

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    CredentialBox(RosterSettings settings) {
        if (settings.rest().credentialKey().startsWith("dev-only-")
                && io.quarkus.runtime.LaunchMode.current() == io.quarkus.runtime.LaunchMode.NORMAL) {
            org.jboss.logging.Logger.getLogger(CredentialBox.class).warn("TANDEM_ROSTER_CREDENTIAL_KEY is not set: "
                    + "OneRoster provider credentials are encrypted with the development key; set it in production");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    ("tandem roster provider credentials|" + settings.rest().credentialKey()).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] seal(String tenant, Credentials credentials) {
        byte[] id = credentials.clientId().getBytes(StandardCharsets.UTF_8);
        byte[] secret = credentials.clientSecret().getBytes(StandardCharsets.UTF_8);
        ByteBuffer plain = ByteBuffer.allocate(4 + id.length + secret.length).putInt(id.length).put(id).put(secret);
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(tenant.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.array());
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt the provider's credentials", e);
        }
    }

    /** The credentials, or an {@link IllegalArgumentException} when they were sealed under another key. */
    Credentials open(String tenant, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            cipher.updateAAD(tenant.getBytes(StandardCharsets.UTF_8));
            ByteBuffer plain = ByteBuffer.wrap(cipher.doFinal(sealed, NONCE, sealed.length - NONCE));
            byte[] id = new byte[plain.getInt()];
            plain.get(id);
            byte[] secret = new byte[plain.remaining()];
            plain.get(secret);
            return new Credentials(new String(id, StandardCharsets.UTF_8), new String(secret, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("The provider's credentials cannot be read with this instance's key");
        }
    }
}
