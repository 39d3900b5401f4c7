package org.tandem.notifications.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Live updates over Server-Sent Events: timing, bounds and the replay window (docs/live-updates.md). */
@ConfigMapping(prefix = "tandem.live")
interface LiveSettings {

    /** How often an idle stream gets a comment line, so proxies and load balancers keep it open. */
    @WithDefault("PT20S")
    Duration heartbeat();

    /** The reconnection delay sent to apps in the {@code retry:} field. */
    @WithDefault("PT3S")
    Duration retry();

    /** The {@code retry:} sent with a stream closed because the person opened too many. */
    @WithDefault("PT60S")
    Duration supersededRetry();

    /** How long events are kept for {@code Last-Event-ID} replay. */
    @WithDefault("PT24H")
    Duration replayWindow();

    /** At most this many events are replayed on reconnect; past it the app is told to refetch. */
    @WithDefault("500")
    int maxReplay();

    /** How long a stream ticket can be redeemed after it was issued. */
    @WithDefault("PT30S")
    Duration ticketLifetime();

    /** Open streams per person across all instances; opening one more closes the oldest. */
    @WithDefault("5")
    int maxStreamsPerPerson();

    /** The NOTIFY channel instances tell each other about new events on. */
    @WithDefault("tandem_live")
    String channel();

    /** Events queued for writing before new ones are dropped (and counted) rather than held in memory. */
    @WithDefault("10000")
    int queueCapacity();

    /** How often old events, tickets and dead instances' streams are pruned ({@code off} in tests). */
    @WithDefault("5m")
    String pruneEvery();

    /**
     * Where the LISTEN connection goes, when not to the pool's database URL: behind PgBouncer in
     * transaction mode, LISTEN must reach PostgreSQL (or the Citus coordinator) directly.
     */
    Optional<String> listenJdbcUrl();
}
