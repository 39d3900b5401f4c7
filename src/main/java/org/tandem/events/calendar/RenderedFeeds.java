package org.tandem.events.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The feeds rendered last, each with the version it was rendered for ({@link FeedVersions}): a poll
 * whose version is unchanged is answered from here without reading or writing a calendar. Bounded
 * (the least recently used feed is dropped first); per instance, and safe across instances because
 * the version comes from the database. Keyed by the token's hash, never the token. A changed feed is
 * rendered once: polls that arrive while it renders get the previous rendering with its own tag
 * (a calendar app sees the change on its next poll, as it would had it polled a moment earlier), or
 * wait for the rendering when there is none.
 */
@ApplicationScoped
class RenderedFeeds {

    static final int MAX_FEEDS = 2_000;

    private final Map<String, CalendarService.Document> feeds = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CalendarService.Document> eldest) {
            return size() > MAX_FEEDS;
        }
    };

    private final Map<String, CompletableFuture<CalendarService.Document>> rendering = new ConcurrentHashMap<>();

    /** The feed rendered for this version: from the cache, from a rendering under way, or rendered now. */
    CalendarService.Document get(String key, String version, Supplier<CalendarService.Document> render) {
        Optional<CalendarService.Document> cached = get(key, version);
        if (cached.isPresent()) {
            return cached.get();
        }
        CompletableFuture<CalendarService.Document> mine = new CompletableFuture<>();
        CompletableFuture<CalendarService.Document> running = rendering.putIfAbsent(key + "@" + version, mine);
        if (running != null) {
            Optional<CalendarService.Document> previous = latest(key);
            if (previous.isPresent()) {
                return previous.get();
            }
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            CalendarService.Document document = render.get();
            put(key, document);
            mine.complete(document);
            return document;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key + "@" + version, mine);
        }
    }

    synchronized Optional<CalendarService.Document> get(String key, String version) {
        CalendarService.Document document = feeds.get(key);
        return document != null && document.etag().equals(version) ? Optional.of(document) : Optional.empty();
    }

    private synchronized Optional<CalendarService.Document> latest(String key) {
        return Optional.ofNullable(feeds.get(key));
    }

    synchronized void put(String key, CalendarService.Document document) {
        feeds.put(key, document);
    }
}
