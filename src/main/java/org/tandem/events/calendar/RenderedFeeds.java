package org.tandem.events.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The feeds rendered last, each with the version it was rendered for ({@link FeedVersions}): a poll
 * whose version is unchanged is answered from here without reading or writing a calendar. Bounded
 * (the least recently used feed is dropped first); per instance, and safe across instances because
 * the version comes from the database. Keyed by the token's hash, never the token.
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

    synchronized Optional<CalendarService.Document> get(String key, String version) {
        CalendarService.Document document = feeds.get(key);
        return document != null && document.etag().equals(version) ? Optional.of(document) : Optional.empty();
    }

    synchronized void put(String key, CalendarService.Document document) {
        feeds.put(key, document);
    }
}
