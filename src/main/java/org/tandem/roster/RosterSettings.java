package org.tandem.roster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of roster imports, and the REST pull's settings. */
@ConfigMapping(prefix = "tandem.roster")
public interface RosterSettings {

    /** The largest package upload accepted, in bytes (the import endpoint's own body limit). */
    @WithDefault("268435456")
    long maxUploadBytes();

    /** The most a package may inflate to, all files together, in bytes (zip-bomb protection). */
    @WithDefault("2147483648")
    long maxInflatedBytes();

    /**
     * Imports of different districts planned and written at once on this instance. Each holds its
     * district's plan in memory (100–140 MiB at peak for 66,000 users and 50,000 enrollments), so this is
     * what bounds an import's share of the heap: raise it only with the heap.
     */
    @WithDefault("1")
    int importWorkers();

    /** Seconds the writing transaction of one import may take. */
    @WithDefault("1800")
    int transactionTimeoutSeconds();

    /** The pull from a OneRoster 1.2 REST provider. */
    Rest rest();

    interface Rest {

        /** Pulls fetching from providers at once on this instance (waiting on the network, little memory). */
        @WithDefault("4")
        int concurrentPulls();

        /** Records asked for per page ({@code limit}); a provider may answer fewer. */
        @WithDefault("500")
        int pageSize();

        /** Connecting to the provider (and its token endpoint). */
        @WithDefault("PT10S")
        Duration connectTimeout();

        /** One request, its whole answer included: a page that never ends fails the pull after this. */
        @WithDefault("PT60S")
        Duration requestTimeout();

        /** The largest page (or token answer) read, in bytes. */
        @WithDefault("33554432")
        long maxPageBytes();

        /** The most records one collection may hold in a pull (a provider that never stops paging). */
        @WithDefault("2000000")
        long maxRecords();

        /** Whether plain http provider URLs are accepted (tests and local development only). */
        @WithDefault("false")
        boolean allowInsecureUrls();

        /**
         * Whether a provider may be on a loopback, private or link-local address (tests and local
         * development; a district whose provider is on the instance's own network). Off, such URLs
         * are refused when saved and before every request (server-side request forgery).
         */
        @WithDefault("false")
        boolean allowPrivateAddresses();

        /** Attempts per request when the provider answers 429 or 5xx, or does not answer in time (1 = no retry). */
        @WithDefault("5")
        int maxAttempts();

        /** The wait before the first retry; it doubles per retry (with jitter), up to {@link #maxBackoff}. */
        @WithDefault("PT1S")
        Duration initialBackoff();

        /** The longest wait between two attempts, a provider's Retry-After included (a longer one gives up). */
        @WithDefault("PT60S")
        Duration maxBackoff();

        /** The secret the providers' client credentials are encrypted with (AES-GCM key derived from it). */
        String credentialKey();

        /** The shortest schedule a district may set. */
        @WithDefault("PT15M")
        Duration minPullEvery();

        /** How often each instance looks for due scheduled pulls (read by {@code PullSchedule}'s annotation). */
        @WithDefault("60s")
        String scheduleCheckEvery();
    }
}
