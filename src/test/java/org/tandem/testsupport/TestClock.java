package org.tandem.testsupport;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the system's time until a test pins it, so rules that depend on
 * time (edit windows, terms, office hours) can be checked at a chosen instant. It replaces the
 * default {@link Clock} bean of {@code platform/time/Clocks}. Always {@link #release()} in a finally.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant pinned;

    public void pin(Instant at) {
        pinned = at;
    }

    /** Pins the clock this far from now. */
    public void pinIn(Duration fromNow) {
        pin(Instant.now().plus(fromNow));
    }

    public void release() {
        pinned = null;
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
