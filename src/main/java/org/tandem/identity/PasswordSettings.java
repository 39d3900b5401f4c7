package org.tandem.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Password hashing. */
@ConfigMapping(prefix = "tandem.passwords")
public interface PasswordSettings {

    /** bcrypt's cost factor (each step doubles the work). */
    @WithDefault("11")
    int bcryptCost();
}
