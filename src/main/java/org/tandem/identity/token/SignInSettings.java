package org.tandem.identity.token;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Sign-in: how many failures are allowed per account and per address in a window, and refresh tokens' life. */
@ConfigMapping(prefix = "tandem")
interface SignInSettings {

    SignIn signIn();

    RefreshToken refreshToken();

    interface SignIn {
        int maxFailuresPerAccount();

        int maxFailuresPerAddress();

        Duration failureWindow();
    }

    interface RefreshToken {
        Duration lifespan();
    }
}
