package org.tandem.notifications.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.notifications.fanout.EventData;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.persistence.Sql;
import org.tandem.platform.problem.ApiException;

/**
 * A person's own feed: every statement is bounded by the caller's account, so nobody reads or marks
 * another's notifications (someone else's id is simply not found). One statement each, in auto-commit.
 */
@ApplicationScoped
public class FeedService {

    record Position(Instant at, UUID id) {
    }

    private static final String COLUMNS = "SELECT id, kind, title, body, link, data::text AS data, urgent, created_at, read_at"
            + " FROM notification WHERE tenant_id = ? AND recipient_id = ?";

    private final Sql sql;
    private final Caller caller;
    private final CursorCodec cursors;
    private final Clock clock;

    FeedService(Sql sql, Caller caller, CursorCodec cursors, Clock clock) {
        this.sql = sql;
        this.caller = caller;
        this.cursors = cursors;
        this.clock = clock;
    }

    Page<Feed.Item> mine(boolean unreadOnly, PageRequest page) {
        String list = "notifications:" + caller.accountId() + ":" + unreadOnly;
        Position before = cursors.decode(list, page.cursor(), Position.class);
        String where = (unreadOnly ? " AND read_at IS NULL" : "")
                + (before == null ? "" : " AND (created_at, id) < (?, ?)");
        String statement = COLUMNS + where + " ORDER BY created_at DESC, id DESC LIMIT ?";
        var rows = before == null
                ? sql.list(statement, this::item, sql.tenant(), caller.accountId(), page.fetchSize())
                : sql.list(statement, this::item, sql.tenant(), caller.accountId(), before.at(), before.id(), page.fetchSize());
        return Page.of(rows, page, i -> i, i -> cursors.encode(list, new Position(i.createdAt(), i.id())));
    }

    Feed.UnreadCount unread() {
        return new Feed.UnreadCount(sql.one("SELECT count(*) AS n FROM notification WHERE tenant_id = ? AND recipient_id = ?"
                + " AND read_at IS NULL", rs -> rs.getLong("n"), sql.tenant(), caller.accountId()).orElse(0L));
    }

    Feed.Item get(UUID id) {
        return sql.one(COLUMNS + " AND id = ?", this::item, sql.tenant(), caller.accountId(), id)
                .orElseThrow(() -> ApiException.notFound("Notification " + id));
    }

    /** Marks one read (again is fine: the first time is kept) and answers it. */
    Feed.Item markRead(UUID id) {
        sql.update("UPDATE notification SET read_at = ? WHERE tenant_id = ? AND recipient_id = ? AND id = ? AND read_at IS NULL",
                clock.instant(), sql.tenant(), caller.accountId(), id);
        return get(id);
    }

    Feed.Marked markAllRead() {
        return new Feed.Marked(sql.update("UPDATE notification SET read_at = ? WHERE tenant_id = ? AND recipient_id = ?"
                + " AND read_at IS NULL", clock.instant(), sql.tenant(), caller.accountId()));
    }

    private Feed.Item item(ResultSet rs) throws SQLException {
        return new Feed.Item(Sql.uuid(rs, "id"), rs.getString("kind"), rs.getString("title"), rs.getString("body"),
                    rs.getString("link"), EventData.parse(rs.getString("data")).strings(), rs.getBoolean("urgent"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "read_at"));
    }
}
