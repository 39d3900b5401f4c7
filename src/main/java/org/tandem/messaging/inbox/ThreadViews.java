package org.tandem.messaging.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.tandem.messaging.dto.ThreadMember;
import org.tandem.messaging.dto.ThreadView;
import org.tandem.messaging.thread.Membership;
import org.tandem.messaging.thread.ThreadKind;
import org.tandem.platform.persistence.Sql;

/** Builds the caller's view of a thread from an inbox row read with SQL. */
final class ThreadViews {

    private static final int SNIPPET = 140;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ThreadMember>> MEMBERS = new TypeReference<>() { };

    /** An inbox row: the view, and the participant's activity time that orders the inbox. */
    record InboxRow(ThreadView view, Instant activityAt) {
    }

    private ThreadViews() {
    }

    /**
     * Maps a row of {@link org.tandem.messaging.thread.ParticipantRepository#inboxPage}: the latest message's
     * preview is kept on the thread row cut to {@code ThreadPreview.KEPT} characters, so {@link #snippet}
     * still knows whether to add an ellipsis.
     */
    static InboxRow inboxRow(ResultSet rs) throws SQLException {
        UUID lastId = Sql.uuid(rs, "last_message_id");
        UUID lastAuthor = Sql.uuid(rs, "last_author_id");
        String lastRole = rs.getString("last_author_role");
        ThreadView.MessagePreview preview = lastId == null ? null : preview(lastId, rs.getLong("last_seq"),
                new ThreadMember(lastAuthor, Objects.requireNonNullElse(rs.getString("last_author_name"), ""),
                        lastRole == null ? Membership.STAFF : lastRole), rs.getString("last_snippet"), rs.getBoolean("last_deleted"),
                Sql.instant(rs, "last_message_at"));
        boolean locked = rs.getBoolean("locked");
        String kind = rs.getString("kind");
        ThreadView view = new ThreadView(Sql.uuid(rs, "id"), kind, rs.getString("subject"),
                Sql.uuid(rs, "student_id"), Sql.uuid(rs, "class_id"), Sql.uuid(rs, "created_by"), locked,
                rs.getLong("last_seq"), Sql.instant(rs, "last_activity_at"), rs.getInt("unread_count"),
                rs.getLong("last_read_seq"), rs.getBoolean("archived"), rs.getBoolean("muted"),
                rs.getBoolean("starred"), canPost(locked, kind, rs.getString("role")), preview, rs.getLong("version"),
                members(rs.getString("members")), rs.getInt("member_count"), null, null, null, null);
        return new InboxRow(view, Sql.instant(rs, "participant_activity_at"));
    }

    /** Anyone in an unlocked thread may post, except the recipients (guardians) of an announcement. */
    private static boolean canPost(boolean locked, String kind, String role) {
        return !locked && !(ThreadKind.ANNOUNCEMENT.wire().equals(kind) && Membership.GUARDIAN.equals(role));
    }

    private static ThreadView.MessagePreview preview(UUID id, long seq, ThreadMember author, String body,
                                                     boolean deleted, Instant createdAt) {
        return new ThreadView.MessagePreview(id, seq, author.accountId(), author.name(), author.role(),
                deleted ? null : snippet(body), deleted, createdAt);
    }

    /** The members column of an inbox row: a JSON array built by the statement. */
    private static List<ThreadMember> members(String json) throws SQLException {
        try {
            return JSON.readValue(json, MEMBERS);
        } catch (java.io.IOException e) {
            throw new SQLException("Unreadable members of an inbox row", e);
        }
    }

    private static String snippet(String body) {
        return body.length() <= SNIPPET ? body : body.substring(0, SNIPPET - 1) + "…";
    }
}
