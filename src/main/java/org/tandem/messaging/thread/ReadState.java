package org.tandem.messaging.thread;

/**
 * Where a participant's reading of a thread stood when it was read: the thread's latest message
 * number then, and the version of the participant's row (PostgreSQL's {@code xmin}, which every
 * update of the row changes). Marking read recounts on the condition that the row is still that
 * version, so that no post or deletion can slip between the recount and the write
 * ({@link UnreadCounts#markRead}).
 */
public record ReadState(long lastSeq, String rowVersion) {
}
