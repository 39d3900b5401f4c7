package org.tandem.messaging.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.tandem.messaging.dto.ThreadView;
import org.tandem.messaging.message.Message;
import org.tandem.messaging.thread.Membership;
import org.tandem.messaging.thread.MessageThread;
import org.tandem.messaging.thread.Participant;
import org.tandem.messaging.thread.ThreadKind;
import org.tandem.platform.persistence.Sql;

/** Builds the caller's view of a thread, from entities or from an inbox row read with SQL. */
final class ThreadViews {

    private static final int SNIPPET = 140;

    /** An inbox row: the view, and the participant's activity time that orders the inbox. */
    record InboxRow(ThreadView view, Instant activityAt) {
    }

    /**
     * The columns {@link #inboxRow} reads, over {@code thread_participant p} and {@code thread t}: the
     * latest message's preview is kept on the thread row ({@link ThreadPreview}), cut to
     * {@link ThreadPreview#KEPT} characters, so {@link #snippet} still knows whether to add an ellipsis.
     */
    static final String INBOX_COLUMNS = """
            t.id, t.kind, t.subject, t.student_id, t.class_id, t.created_by, t.locked, t.last_seq,
            t.last_activity_at, t.version, t.last_message_id, t.last_author_id, t.last_snippet, t.last_deleted,
            t.last_message_at, p.role, p.unread_count, p.last_read_seq, p.archived, p.muted, p.starred,
            p.last_activity_at AS participant_activity_at""";

    private ThreadViews() {
    }

    static ThreadView of(MessageThread t, Participant me, Message last) {
        ThreadView.MessagePreview preview = last == null ? null : preview(last.id(), last.seq(), last.authorId(),
                last.body(), last.deleted(), last.createdAt());
        return new ThreadView(t.id(), t.kind().wire(), t.subject(), t.studentId(), t.classId(), t.createdBy(),
                t.locked(), t.lastSeq(), t.lastActivityAt(), me.unreadCount(), me.lastReadSeq(), me.archived(),
                me.muted(), me.starred(), canPost(t.locked(), t.kind().wire(), me.role()), preview, t.version(),
                null, null, null, null);
    }

    static InboxRow inboxRow(ResultSet rs) throws SQLException {
        UUID lastId = Sql.uuid(rs, "last_message_id");
        ThreadView.MessagePreview preview = lastId == null ? null : preview(lastId, rs.getLong("last_seq"),
                Sql.uuid(rs, "last_author_id"), rs.getString("last_snippet"), rs.getBoolean("last_deleted"),
                Sql.instant(rs, "last_message_at"));
        boolean locked = rs.getBoolean("locked");
        String kind = rs.getString("kind");
        ThreadView view = new ThreadView(Sql.uuid(rs, "id"), kind, rs.getString("subject"),
                Sql.uuid(rs, "student_id"), Sql.uuid(rs, "class_id"), Sql.uuid(rs, "created_by"), locked,
                rs.getLong("last_seq"), Sql.instant(rs, "last_activity_at"), rs.getInt("unread_count"),
                rs.getLong("last_read_seq"), rs.getBoolean("archived"), rs.getBoolean("muted"),
                rs.getBoolean("starred"), canPost(locked, kind, rs.getString("role")), preview, rs.getLong("version"),
                null, null, null, null);
        return new InboxRow(view, Sql.instant(rs, "participant_activity_at"));
    }

    /** Anyone in an unlocked thread may post, except the recipients (guardians) of an announcement. */
    private static boolean canPost(boolean locked, String kind, String role) {
        return !locked && !(ThreadKind.ANNOUNCEMENT.wire().equals(kind) && Membership.GUARDIAN.equals(role));
    }

    private static ThreadView.MessagePreview preview(UUID id, long seq, UUID author, String body, boolean deleted,
                                                     Instant createdAt) {
        return new ThreadView.MessagePreview(id, seq, author, deleted ? null : snippet(body), deleted, createdAt);
    }

    private static String snippet(String body) {
        return body.length() <= SNIPPET ? body : body.substring(0, SNIPPET - 1) + "…";
    }
}
