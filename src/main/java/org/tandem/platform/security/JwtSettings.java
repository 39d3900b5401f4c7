package org.tandem.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How access tokens are signed and verified. */
@ConfigMapping(prefix = "tandem.jwt")
public interface JwtSettings {

    /** The {@code iss} of our tokens. */
    String issuer();

    /** The {@code aud} of our tokens. */
    String audience();

    Duration accessTokenLifespan();

    /** The current signing key, a PKCS#8 PEM text (for example from an environment variable). */
    Optional<String> signingKey();

    /** The current signing key, a PKCS#8 PEM file; used when {@link #signingKey()} is not set. */
    Optional<Path> signingKeyLocation();

    /** Keys retired by a rotation (PEM files, private or public): tokens they signed still verify. */
    Optional<List<Path>> previousKeyLocations();

    /** Where a development key is kept when none is configured (dev and test profiles only). */
    @WithDefault("target/dev-keys")
    Path devKeyDirectory();

    /**
     * How many verified access tokens are remembered, so a token's signature is checked once rather
     * than on every request (0 turns the cache off). Each entry is the token and its claims, about 3 KB.
     */
    @WithDefault("4096")
    int verifiedTokenCacheSize();

    /** Generate and keep a development key when none is configured. Never in production. */
    @WithDefault("false")
    boolean generateIfMissing();
}
