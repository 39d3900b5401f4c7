package org.tandem.identity;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Hashes and checks passwords with bcrypt, an adaptive hash whose cost is configuration. */
@ApplicationScoped
public class PasswordHasher {

    /** Compared against when an account does not exist, so both paths cost the same time. */
    private static final String DECOY = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWXfB0F1p8jkW3oA1f5rCzG4bQ0a";

    private final int cost;

    PasswordHasher(@ConfigProperty(name = "tandem.passwords.bcrypt-cost", defaultValue = "11") int cost) {
        this.cost = cost;
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password == null) {
            return false;
        }
        String against = hash == null ? DECOY : hash;
        boolean verified = BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                against.getBytes(StandardCharsets.UTF_8)).verified;
        return hash != null && verified;
    }
}
