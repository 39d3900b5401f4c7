package org.tandem.notifications.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tandem.access.Caller;
import org.tandem.access.Roles;
import org.tandem.notifications.live.LiveTickets.Holder;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.tenancy.TenantContext;

/**
 * Opening a stream: who it is for (a bearer token, or a stream ticket bought with one), then the
 * replay of what the app missed since its {@code Last-Event-ID}, then live events.
 */
@ApplicationScoped
class LiveSessions {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(LiveSessions.class);

    private final Caller caller;
    private final TenantContext tenant;
    private final JsonWebToken token;
    private final LiveTickets tickets;
    private final LiveStreams streams;
    private final LiveEventStore store;
    private final LiveSettings settings;

    LiveSessions(Caller caller, TenantContext tenant, JsonWebToken token, LiveTickets tickets, LiveStreams streams,
                 LiveEventStore store, LiveSettings settings) {
        this.caller = caller;
        this.tenant = tenant;
        this.token = token;
        this.tickets = tickets;
        this.streams = streams;
        this.store = store;
        this.settings = settings;
    }

    /** A ticket for the signed-in person; the stream it opens ends when their access token does. */
    LiveTickets.Issued ticket() {
        Holder me = signedIn();
        return tickets.issue(me.tenantId(), me.accountId(), me.sessionEndsAt());
    }

    /** Who the stream is for: the bearer token when one was sent, else the ticket (spent here). */
    Holder holder(String ticket) {
        if (caller.isAuthenticated()) {
            return signedIn();
        }
        if (ticket == null || ticket.isBlank()) {
            throw unauthenticated("Send a bearer token, or a stream ticket from POST /api/v1/live/tickets as ?ticket=");
        }
        Holder holder = tickets.redeem(ticket)
                .orElseThrow(() -> unauthenticated("The stream ticket is unknown, used or expired; get a new one"));
        tenant.use(holder.tenantId());
        return holder;
    }

    /** Opens the stream: the replay first, then live events (docs/live-updates.md#reconnecting). */
    void open(Holder holder, String lastEventId, SseEventSink sink, Sse sse) {
        LiveStream stream = new LiveStream(holder.tenantId(), holder.accountId(), holder.sessionEndsAt(), sink, sse,
                streams::forget);
        stream.begin(settings.retry());
        try {
            replay(stream, holder, lastEventId);
        } catch (RuntimeException e) {
            // The response has started: the app is told to come back rather than left with a silent stream.
            LOG.warnf(e, "Live stream %s could not start", stream.id);
            stream.close("server_catching_up", settings.retry());
        }
    }

    private void replay(LiveStream stream, Holder holder, String lastEventId) {
        streams.register(stream);
        long high = store.highWater(holder.tenantId());
        Long last = parse(lastEventId);
        List<LiveEvent> missed = List.of();
        String replay = "none";
        if (lastEventId != null && (last == null || last > high || last < store.floor())) {
            stream.resync("{\"reason\":\"" + (last == null || last > high ? "unknown_event_id" : "gap_too_long") + "\"}");
            replay = "resync";
        } else if (last != null) {
            missed = store.after(holder.tenantId(), holder.accountId(), last, settings.maxReplay() + 1);
            if (missed.size() > settings.maxReplay()) {
                stream.resync("{\"reason\":\"gap_too_long\"}");
                missed = List.of();
                replay = "resync";
            } else {
                replay = "complete";
            }
        }
        stream.replayed(missed, high, "{\"streamId\":\"" + stream.id + "\",\"replay\":\"" + replay + "\",\"replayed\":"
                + missed.size() + ",\"heartbeatSeconds\":" + settings.heartbeat().toSeconds() + "}");
    }

    private Holder signedIn() {
        if (!caller.has(Roles.GUARDIAN) && !caller.has(Roles.STAFF) && !caller.has(Roles.SCHOOL_ADMIN)
                && !caller.has(Roles.DISTRICT_ADMIN)) {
            throw ApiException.forbidden("Live updates are for people signed in to an app, not for integrators");
        }
        UUID tenantId = tenant.current().orElseThrow(() -> unauthenticated("The token names no district"));
        long exp = token.getExpirationTime();
        return new Holder(tenantId, caller.accountId(), exp > 0 ? Instant.ofEpochSecond(exp) : Instant.MAX);
    }

    private static Long parse(String lastEventId) {
        if (lastEventId == null) {
            return null;
        }
        try {
            long id = Long.parseLong(lastEventId.trim());
            return id >= 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ApiException unauthenticated(String detail) {
        return new ApiException(401, "unauthenticated", "Not signed in", detail);
    }
}
