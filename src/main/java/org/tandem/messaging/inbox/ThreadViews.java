package org.tandem.messaging.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
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
    private static final JsonFactory JSON = new JsonFactory();

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

    /**
     * The members column of an inbox row: a JSON array of {@code {"accountId", "name", "role"}}
     * objects built by the statement. Read with the streaming parser: binding it to records through
     * Jackson's data binding was 5% of a mark-read's CPU (bench/performance-notes.md, session 14).
     */
    static List<ThreadMember> members(String json) throws SQLException {
        if (json == null) {
            return List.of(); // an announcement whose author's account is gone
        }
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new SQLException("The members of an inbox row are not a JSON array");
            }
            List<ThreadMember> members = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.START_OBJECT) {
                    throw new SQLException("A member of an inbox row is not a JSON object");
                }
                String accountId = null;
                String name = null;
                String role = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    String text = value == JsonToken.VALUE_NULL ? null : parser.getValueAsString();
                    switch (field) {
                        case "accountId" -> accountId = text;
                        case "name" -> name = text;
                        case "role" -> role = text;
                        default -> parser.skipChildren();
                    }
                }
                members.add(new ThreadMember(accountId == null ? null : UUID.fromString(accountId), name, role));
            }
            return members;
        } catch (IOException | IllegalArgumentException e) {
            throw new SQLException("Unreadable members of an inbox row", e);
        }
    }

    private static String snippet(String body) {
        return body.length() <= SNIPPET ? body : body.substring(0, SNIPPET - 1) + "…";
    }
}
