package org.tandem.events.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.access.Connections;
import org.tandem.events.Families;
import org.tandem.events.Viewer;
import org.tandem.events.event.Event;
import org.tandem.events.event.EventAccess;
import org.tandem.events.dto.CalendarFeedView;
import org.tandem.identity.Account;
import org.tandem.identity.AccountRepository;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.security.OpaqueTokens;
import org.tandem.platform.tenancy.TenantScope;

/** One event as iCalendar, and each person's private feed: created, rotated, revoked and served by token. */
@ApplicationScoped
class CalendarService {

    /** A calendar and its strong entity tag (a hash of its bytes). */
    record Document(String body, String etag) {
        static Document of(String body) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
                return new Document(body, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final CalendarFeedRepository feeds;
    private final CalendarEntries entries;
    private final ICalendarWriter writer;
    private final EventAccess eventAccess;
    private final Families families;
    private final AccountRepository accounts;
    private final Caller caller;
    private final TenantScope tenants;
    private final FeedVersions versions;
    private final RenderedFeeds cache;
    private final Clock clock;

    CalendarService(CalendarFeedRepository feeds, CalendarEntries entries, ICalendarWriter writer, EventAccess eventAccess,
                    Families families, AccountRepository accounts, Caller caller, TenantScope tenants,
                    FeedVersions versions, RenderedFeeds cache, Clock clock) {
        this.feeds = feeds;
        this.entries = entries;
        this.writer = writer;
        this.eventAccess = eventAccess;
        this.families = families;
        this.accounts = accounts;
        this.caller = caller;
        this.tenants = tenants;
        this.versions = versions;
        this.cache = cache;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Document event(UUID eventId) {
        Viewer viewer = Viewer.of(caller);
        Event event = eventAccess.requireVisible(eventId, viewer, families.reachOf(viewer));
        return Document.of(writer.write(event.title(), List.of(CalendarEntries.ofEvent(event, null))));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    CalendarFeedView mine() {
        return feeds.ofAccount(caller.accountId()).map(f -> new CalendarFeedView(true, null, f.createdAt()))
                .orElseGet(() -> new CalendarFeedView(false, null, null));
    }

    /** A new token for the caller's feed; any earlier one stops working. The token is shown only here. */
    @Transactional
    CalendarFeedView rotate(String baseUri) {
        String token = OpaqueTokens.generate();
        feeds.ofAccount(caller.accountId()).ifPresent(old -> {
            feeds.delete(old);
            feeds.flush();
        });
        CalendarFeed feed = new CalendarFeed(caller.accountId(), OpaqueTokens.hash(token));
        feeds.persist(feed);
        feeds.flush();
        String tenant = feed.tenantId().toString();
        return new CalendarFeedView(true, baseUri + "api/v1/calendar-feeds/" + tenant + "/" + token + ".ics",
                feed.createdAt());
    }

    @Transactional
    void revoke() {
        feeds.ofAccount(caller.accountId()).ifPresent(feeds::delete);
    }

    /**
     * The feed a token opens, in its district, with no signed-in caller; 404 for a wrong or revoked
     * token. Its version is read first, in one statement ({@link FeedVersions}); an unchanged feed
     * is a 304 (no body) or, for a client without the tag, the calendar rendered last for that
     * version. Only a changed feed is read and written again.
     */
    Document feed(UUID tenant, String token, String ifNoneMatch) {
        String hash = OpaqueTokens.hash(token);
        CalendarEntries.Window window = CalendarEntries.Window.of(clock.instant());
        String version = versions.of(tenant, hash, window.from(), window.to())
                .orElseThrow(() -> ApiException.notFound("Calendar feed"));
        if (EventCalendarResource.matches(ifNoneMatch, version)) {
            return new Document(null, version);
        }
        return cache.get(tenant + "/" + hash, version, () -> {
            // The entries are read in a short transaction; the calendar is written after it, without a connection.
            Optional<List<CalendarEntry>> found = tenants.inNewTransaction(tenant, () -> feeds.byTokenHash(hash)
                    .flatMap(feed -> accounts.findActive(feed.accountId()))
                    .map(account -> entries.of(viewerOf(account), window)));
            return new Document(writer.write("Tandem", found.orElseThrow(() -> ApiException.notFound("Calendar feed"))),
                    version);
        });
    }

    private Viewer viewerOf(Account account) {
        Connections connections = families.connections();
        return Viewer.of(account.id(), connections.guardianOf(account.id()), connections.staffRecordsOf(account.id()),
                account.districtAdmin());
    }
}
