package org.tandem.webhooks;

/**
 * How many deliveries one endpoint is sent at the same time, found the way TCP finds its congestion
 * window (additive increase, multiplicative decrease): it starts at {@value #INITIAL} (or the maximum,
 * if lower), grows by one for every window's worth of answered deliveries up to the configured
 * maximum, and halves (not below one) when the endpoint shows it is struggling: a timeout, a refused or
 * failed connection, a 429 or a 5xx. A receiver that keeps up is sent more at once; one that does not
 * is sent less. Other answers (a 4xx) say nothing about load and leave it as it is. Guarded by the
 * dispatcher's monitor.
 */
final class SendWindow {

    static final int INITIAL = 8;

    private final int max;
    private double size;

    SendWindow(int max) {
        this.max = Math.max(1, max);
        this.size = Math.min(INITIAL, this.max);
    }

    /** Sends allowed at once now. */
    int size() {
        return (int) size;
    }

    /** Widens or narrows the window by what the attempt came to. */
    void answered(Outcome outcome) {
        if (struggling(outcome)) {
            size = Math.max(1, Math.floor(size / 2));
        } else if (outcome.succeeded() && size < max) {
            size = Math.min(max, size + 1 / Math.floor(size));
        }
    }

    private static boolean struggling(Outcome outcome) {
        return switch (outcome.kind()) {
            case "timeout" -> true;
            // No answer at all (a connection that failed or was refused), or an answer that asks to slow down.
            case "failed", "refused" -> outcome.statusCode() == null || outcome.statusCode() == 429 || outcome.statusCode() >= 500;
            default -> false;
        };
    }
}
