package org.tandem.messaging.translation;

/** A provider could not translate: unreachable, refused, or answered something unusable. */
public class TranslationFailure extends RuntimeException {

    public TranslationFailure(String message) {
        super(message);
    }

    public TranslationFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
