package org.tandem.platform.time;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/**
 * The one source of time. Services inject {@link Clock}; entities, which CDI does not build, stamp
 * their times with {@link #now()}, which reads the same bean. A test replaces the bean (a pinned
 * clock) and every rule that depends on time (edit windows, office hours, terms, expiries) follows it.
 */
@ApplicationScoped
public class Clocks {

    private static volatile Clock current = Clock.systemUTC();

    @Produces
    @Singleton
    @DefaultBean
    Clock systemClock() {
        return Clock.systemUTC();
    }

    /** Installs the application's clock for {@link #now()} as soon as the application starts. */
    void install(@Observes StartupEvent started, Clock clock) {
        current = clock;
    }

    /** The application clock's current instant, for code that cannot inject it (entity constructors). */
    public static Instant now() {
        return current.instant();
    }
}
