package org.tandem.roster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of roster imports. */
@ConfigMapping(prefix = "tandem.roster")
public interface RosterSettings {

    /** The largest package upload accepted, in bytes (the import endpoint's own body limit). */
    @WithDefault("268435456")
    long maxUploadBytes();

    /** The most a package may inflate to, all files together, in bytes (zip-bomb protection). */
    @WithDefault("2147483648")
    long maxInflatedBytes();

    /** Seconds the writing transaction of one import may take. */
    @WithDefault("1800")
    int transactionTimeoutSeconds();
}
