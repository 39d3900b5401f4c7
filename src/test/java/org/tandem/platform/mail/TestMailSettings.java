package org.tandem.platform.mail;

import java.time.Duration;
import java.util.Optional;

/** Mail settings for plain unit tests: an SMTP host or none, the mock mailer or not, bodies logged or not. */
public record TestMailSettings(Optional<String> smtpHost, boolean mock, boolean logBodies) implements MailSettings {

    public static TestMailSettings withoutSmtp(boolean logBodies) {
        return new TestMailSettings(Optional.empty(), false, logBodies);
    }

    @Override
    public String sendEvery() {
        return "2s";
    }

    @Override
    public int batchSize() {
        return 20;
    }

    @Override
    public int maxAttempts() {
        return 8;
    }

    @Override
    public Duration backoff() {
        return Duration.ofSeconds(30);
    }

    @Override
    public Duration maxBackoff() {
        return Duration.ofHours(1);
    }

    @Override
    public Duration lease() {
        return Duration.ofMinutes(2);
    }
}
