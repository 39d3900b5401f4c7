package org.tandem.identity;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;

/** Hashes and checks passwords with bcrypt, an adaptive hash whose cost is configuration. */
@ApplicationScoped
public class PasswordHasher {

    private final int cost;
    /** Compared against when an account does not exist, so both paths cost the same time. */
    private final String decoy;

    PasswordHasher(PasswordSettings settings) {
        this.cost = settings.bcryptCost();
        this.decoy = hash("decoy-" + System.nanoTime());
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password == null) {
            return false;
        }
        String against = hash == null ? decoy : hash;
        boolean verified = BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                against.getBytes(StandardCharsets.UTF_8)).verified;
        return hash != null && verified;
    }
}
