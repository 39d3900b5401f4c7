package org.tandem.notifications.live;

/** The {@code event:} names on a live stream (docs/live-updates.md shows each with an example). */
final class LiveEventType {

    /** A message was posted in a thread the person may read. */
    static final String MESSAGE_POSTED = "message.posted";
    /** The person moved their read position in a thread (on any of their apps). */
    static final String THREAD_READ = "thread.read";
    /** A notification was added to the person's in-app feed. */
    static final String NOTIFICATION_CREATED = "notification.created";
    /** The replay of missed events is done; what follows is live. */
    static final String READY = "ready";
    /** The gap since Last-Event-ID cannot be replayed: refetch the inbox, unread counts and the feed. */
    static final String RESYNC = "resync";
    /** The server ends this stream; {@code reason} says why. */
    static final String CLOSED = "closed";

    private LiveEventType() {
    }
}
