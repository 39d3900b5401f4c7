package org.tandem.identity;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How long joining and reset tokens live, and the app links that carry them in mails. */
@ConfigMapping(prefix = "tandem.joining")
public interface JoiningSettings {

    /** The family app's page that accepts an invitation; {@code {token}} is replaced by the token. */
    String invitationLink();

    Duration invitationLifetime();

    /** The app's page that sets a new password; {@code {token}} is replaced by the token. */
    String passwordResetLink();

    Duration passwordResetLifetime();

    /** Reset requests allowed per email, and per client address, within {@link #passwordResetWindow()}. */
    int passwordResetsPerEmail();

    int passwordResetsPerAddress();

    Duration passwordResetWindow();

    /** Wrong class codes one account may try within {@link #classCodeWindow()} (codes are short enough to guess). */
    int classCodeFailuresPerAccount();

    Duration classCodeWindow();
}
