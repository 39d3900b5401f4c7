package org.tandem.notifications.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.persistence.Sql;
import org.tandem.platform.problem.ApiException;

/**
 * Reads the delivery ledger: a person's own deliveries, and a message's reach for the staff who may
 * see it (its author, the thread's staff, administrators of its school). Names are shown only for
 * people who are still members of the thread, whom those staff see in the thread anyway.
 */
@ApplicationScoped
public class LedgerService {

    record Position(Instant at, UUID id) {
    }

    /**
     * A person's ledger, newest first: the stored rows of the outside channels, and each feed entry as
     * its {@code in_app} delivery (delivered to the feed when it was written; its id is the
     * notification's). Each branch reads its own index in order and stops at the page's size.
     */
    private static final String MINE = """
            SELECT * FROM (
              (SELECT d.id, d.notification_id, n.kind, n.title, d.channel, d.state, d.attempts, d.address, d.provider_status,
                      d.provider_answer, CASE WHEN d.state IN ('queued', 'held') THEN d.next_attempt_at END AS next_attempt_at,
                      d.created_at, d.updated_at
               FROM notification_delivery d JOIN notification n ON n.tenant_id = d.tenant_id AND n.id = d.notification_id
               WHERE d.tenant_id = ? AND d.recipient_id = ? AND (d.created_at, d.id) < (CAST(? AS timestamptz), CAST(? AS uuid))
               ORDER BY d.created_at DESC, d.id DESC LIMIT ?)
              UNION ALL
              (SELECT n.id, n.id, n.kind, n.title, 'in_app', 'delivered', 0, 'feed', NULL, NULL, NULL, n.created_at, n.created_at
               FROM notification n
               WHERE n.tenant_id = ? AND n.recipient_id = ? AND (n.created_at, n.id) < (CAST(? AS timestamptz), CAST(? AS uuid))
               ORDER BY n.created_at DESC, n.id DESC LIMIT ?)
            ) ledger ORDER BY created_at DESC, id DESC LIMIT ?""";

    /** Where a first page starts: after every row. */
    private static final Position START = new Position(Instant.parse("9999-12-31T00:00:00Z"),
            UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"));

    private static final String MAY_SEE_REACH = """
            SELECT m.author_id = CAST(? AS uuid)
                OR EXISTS (SELECT 1 FROM thread_participant p WHERE p.tenant_id = t.tenant_id AND p.thread_id = t.id
                             AND p.account_id = CAST(? AS uuid) AND p.active AND p.role = 'staff')
                OR CAST(? AS boolean)
                OR coalesce(t.audience_school_id, c.school_id, s.school_id) = ANY (?) AS may,
                   EXISTS (SELECT 1 FROM thread_participant p WHERE p.tenant_id = t.tenant_id AND p.thread_id = t.id
                             AND p.account_id = CAST(? AS uuid) AND p.active) AS member
            FROM message m JOIN thread t ON t.tenant_id = m.tenant_id AND t.id = m.thread_id
            LEFT JOIN school_class c ON c.tenant_id = t.tenant_id AND c.id = t.class_id
            LEFT JOIN student s ON s.tenant_id = t.tenant_id AND s.id = t.student_id
            WHERE m.tenant_id = ? AND m.thread_id = ? AND m.id = ?""";

    private static final String REACH = """
            SELECT n.recipient_id, n.read_at, CASE WHEN p.active THEN a.display_name END AS name,
                   (SELECT d.channel FROM notification_delivery d WHERE d.tenant_id = n.tenant_id AND d.notification_id = n.id
                      AND d.channel <> 'in_app' AND d.state IN ('sent', 'delivered') LIMIT 1) AS reached_by,
                   EXISTS (SELECT 1 FROM notification_delivery d WHERE d.tenant_id = n.tenant_id AND d.notification_id = n.id
                      AND d.state IN ('queued', 'held', 'digest')) AS pending
            FROM notification n
            LEFT JOIN account a ON a.tenant_id = n.tenant_id AND a.id = n.recipient_id
            LEFT JOIN thread_participant p ON p.tenant_id = n.tenant_id AND p.thread_id = ? AND p.account_id = n.recipient_id
            WHERE n.tenant_id = ? AND n.subject_id = ? AND n.kind IN ('announcement.posted', 'message.posted')
            ORDER BY a.display_name NULLS LAST, n.recipient_id""";

    private final Sql sql;
    private final Caller caller;
    private final CursorCodec cursors;

    LedgerService(Sql sql, Caller caller, CursorCodec cursors) {
        this.sql = sql;
        this.caller = caller;
        this.cursors = cursors;
    }

    Page<LedgerViews.Delivery> mine(PageRequest page) {
        String list = "notification-deliveries:" + caller.accountId();
        Position before = cursors.decode(list, page.cursor(), Position.class);
        Position from = before == null ? START : before;
        String tenant = sql.tenant();
        UUID me = caller.accountId();
        int fetch = page.fetchSize();
        var rows = sql.list(MINE, LedgerService::delivery, tenant, me, from.at(), from.id(), fetch,
                tenant, me, from.at(), from.id(), fetch, fetch);
        return Page.of(rows, page, d -> d, d -> cursors.encode(list, new Position(d.createdAt(), d.id())));
    }

    LedgerViews.Reach reach(UUID threadId, UUID messageId) {
        record Seen(boolean may, boolean member) {
        }
        Seen seen = sql.one(MAY_SEE_REACH, rs -> new Seen(rs.getBoolean("may"), rs.getBoolean("member")),
                caller.accountId(), caller.accountId(), caller.isDistrictAdmin(), caller.adminSchoolIds(), caller.accountId(),
                sql.tenant(), threadId, messageId).orElse(null);
        if (seen == null || !seen.may() && !seen.member()) {
            throw ApiException.notFound("Message " + messageId);
        }
        if (!seen.may()) {
            throw ApiException.forbidden("Only the author, the thread's staff and the school's administrators see a message's reach");
        }
        List<LedgerViews.Recipient> people = sql.list(REACH, rs -> {
            String by = rs.getString("reached_by");
            String outcome = by != null ? "reached" : rs.getBoolean("pending") ? "pending" : "not_reached";
            return new LedgerViews.Recipient(Sql.uuid(rs, "recipient_id"), rs.getString("name"), outcome, by,
                    Sql.instant(rs, "read_at"));
        }, threadId, sql.tenant(), messageId);
        Map<String, Integer> byChannel = new LinkedHashMap<>();
        byChannel.put("push", 0);
        byChannel.put("email", 0);
        int reached = 0;
        int pending = 0;
        int read = 0;
        for (LedgerViews.Recipient r : people) {
            if (r.channel() != null) {
                byChannel.merge(r.channel(), 1, Integer::sum);
                reached++;
            } else if ("pending".equals(r.outcome())) {
                pending++;
            }
            if (r.readAt() != null) {
                read++;
            }
        }
        int notReached = people.size() - reached - pending;
        List<String> parts = new ArrayList<>();
        byChannel.forEach((channel, n) -> parts.add(n + " " + channel));
        String summary = "reached " + reached + " of " + people.size() + ": " + String.join(", ", parts)
                + (pending > 0 ? "; " + pending + " pending" : "") + "; " + notReached + " not reached";
        return new LedgerViews.Reach(messageId, people.size(), reached, byChannel, pending, notReached, read, summary, people);
    }

    private static LedgerViews.Delivery delivery(ResultSet rs) throws SQLException {
        return new LedgerViews.Delivery(Sql.uuid(rs, "id"), Sql.uuid(rs, "notification_id"), rs.getString("kind"),
                rs.getString("title"), rs.getString("channel"), rs.getString("state"), rs.getInt("attempts"),
                rs.getString("address"), (Integer) rs.getObject("provider_status"), rs.getString("provider_answer"),
                Sql.instant(rs, "next_attempt_at"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }
}
