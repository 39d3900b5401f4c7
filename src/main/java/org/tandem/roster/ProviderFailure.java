package org.tandem.roster;

/** A REST pull that cannot go on: the provider or its token endpoint failed; the message is the job's failure. */
final class ProviderFailure extends RuntimeException {

    /** Whether asking again may help (a timeout, a connection that failed): the client retries those. */
    final boolean retryable;

    ProviderFailure(String message) {
        this(message, false);
    }

    ProviderFailure(String message, boolean retryable) {
        super(message, null, false, false);
        this.retryable = retryable;
    }

    /** Provider-sent text in a failure reason: printable, short. */
    static String clip(String text) {
        if (text == null) {
            return "";
        }
        String printable = text.replaceAll("[^\\p{Print}]", " ").strip();
        return printable.length() > 200 ? printable.substring(0, 200) + "…" : printable;
    }
}
