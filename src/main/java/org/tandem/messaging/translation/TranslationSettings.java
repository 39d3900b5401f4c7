package org.tandem.messaging.translation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Machine translation: the provider, and how the worker retries. */
@ConfigMapping(prefix = "tandem.translation")
public interface TranslationSettings {

    LibreTranslateSettings libretranslate();

    /** How often the worker looks for due jobs (a Quarkus scheduler interval, or {@code off}). */
    String pollEvery();

    /** How long after start the worker first looks. */
    String pollDelay();

    /** Jobs claimed per run of the worker. */
    @WithDefault("20")
    int batchSize();

    /** After this many failed attempts a job is marked failed and no longer retried. */
    @WithDefault("6")
    int maxAttempts();

    /** The wait after the first failure; it doubles with each further failure, up to {@link #maxBackoff()}. */
    @WithDefault("PT30S")
    Duration backoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** How long a claimed job is reserved for the worker that claimed it. */
    @WithDefault("PT2M")
    Duration lease();

    interface LibreTranslateSettings {

        /** Base URL of a LibreTranslate-compatible server; translation is off when absent. */
        Optional<String> url();

        Optional<String> apiKey();

        @WithDefault("PT10S")
        Duration timeout();
    }
}
