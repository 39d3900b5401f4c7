package org.tandem.messaging.translation;

/**
 * A machine translation service. Called off the request path by the translation worker, never
 * while a database transaction is open.
 */
public interface TranslationProvider {

    /** Whether the provider is configured; when it is not, no translation work is queued. */
    boolean enabled();

    /**
     * @param from BCP 47 tag of the text's language
     * @param to   BCP 47 tag of the wanted language
     * @throws TranslationFailure when the provider cannot translate now (the job is retried)
     */
    String translate(String text, String from, String to);
}
