package org.tandem.platform.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where outgoing mail goes and how the outbox worker sends and retries it. */
@ConfigMapping(prefix = "tandem.mail")
public interface MailSettings {

    /** The SMTP server; without one (and without the mock mailer) mails are not sent ({@link MailRoute}). */
    Optional<String> smtpHost();

    /**
     * Without an SMTP server, write each mail whole to the log (sign-in links, names and all) so that a
     * developer or a demo can follow it. Off by default; {@code make run} and the dev profile turn it on.
     */
    @WithDefault("false")
    boolean logBodies();

    /** Quarkus's mock mailer (tests, dev): mails are kept in memory and logged, never sent. */
    @WithDefault("false")
    boolean mock();

    /** How often the worker looks for mail to send (a duration such as 2s). */
    @WithDefault("2s")
    String sendEvery();

    @WithDefault("20")
    int batchSize();

    /** Attempts before a mail is given up as failed. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failure; it doubles after each further one, up to {@link #maxBackoff()}. */
    @WithDefault("PT30S")
    Duration backoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** How long a claimed mail is reserved for the instance sending it; after that another may retry it. */
    @WithDefault("PT2M")
    Duration lease();
}
