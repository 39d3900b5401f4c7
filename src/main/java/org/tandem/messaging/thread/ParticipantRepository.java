package org.tandem.messaging.thread;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.messaging.dto.ReadReceipts;
import org.tandem.platform.persistence.Sql;

/**
 * Thread participants: memberships, read positions and the unread counts kept on each row, and the
 * plain-SQL reads of the inbox and the unread total.
 */
@Singleton
public class ParticipantRepository implements PanacheRepositoryBase<Participant, Participant.Key> {

    /** The inbox's filters: archived or not, and optionally only unread, starred, or of a student or class. */
    public record InboxFilter(boolean archived, boolean unreadOnly, boolean starredOnly, UUID studentId, UUID classId) {
    }

    /** How far an announcement reached: its recipients, and how many of them have read it. */
    public record Reach(int recipients, int read) {
    }

    /**
     * The columns of the thread and the reader's membership an inbox row has, over
     * {@code thread_participant p} and {@code thread t}: the latest message's preview, and its author's
     * role in the thread, are kept on the thread row ({@link ThreadPreview}).
     */
    private static final String ROW_COLUMNS = """
            t.id, t.kind, t.subject, t.student_id, t.class_id, t.created_by, t.locked, t.last_seq,
            t.last_activity_at, t.version, t.last_message_id, t.last_author_id, t.last_snippet, t.last_deleted,
            t.last_message_at, p.role, p.unread_count, p.last_read_seq, p.archived, p.muted, p.starred,
            p.last_activity_at AS participant_activity_at, t.last_author_role""";

    /** Every member, staff first then by name. */
    private static final String MEMBERS_ALL = """
            (SELECT coalesce(json_agg(json_build_object('accountId', q.account_id, 'name', qa.display_name,
                                                        'role', q.role)
                                      ORDER BY q.role DESC, qa.display_name, q.account_id), '[]')
             FROM thread_participant q JOIN account qa ON qa.tenant_id = q.tenant_id AND qa.id = q.account_id
             WHERE q.tenant_id = t.tenant_id AND q.thread_id = t.id AND q.active)""";

    /**
     * One thread's inbox row with every member named ({@link #ROW_COLUMNS} and the names, members and
     * count). An announcement names only its author: recipients do not see each other.
     */
    private static final String ROW_WITH_ALL_MEMBERS = ROW_COLUMNS + """
            ,
            (SELECT la.display_name FROM account la WHERE la.tenant_id = t.tenant_id AND la.id = t.last_author_id)
                AS last_author_name,
            CASE WHEN t.kind = 'announcement'
                 THEN (SELECT json_build_array(json_build_object('accountId', ca.id, 'name', ca.display_name, 'role', 'staff'))
                       FROM account ca WHERE ca.tenant_id = t.tenant_id AND ca.id = t.created_by)
                 ELSE """ + MEMBERS_ALL + """
             END AS members,
            CASE WHEN t.kind = 'announcement' THEN 1
                 ELSE (SELECT count(*) FROM thread_participant c
                       WHERE c.tenant_id = t.tenant_id AND c.thread_id = t.id AND c.active) END AS member_count""";

    /**
     * A page of inbox rows, each naming its first six members (staff first, then by arrival; listed
     * by name; the thread's own view names them all). {@code %s} selects the page's rows:
     * {@link #ROW_COLUMNS} with the thread's {@code thread_member_preview s} (V270: its member count
     * and its first six members' ids and roles, kept by a trigger). The page's distinct people
     * (members, latest authors, announcers) are named once, by key: a teacher in every thread of the
     * page, or the reader, is read once, not once a row.
     */
    private static final String PAGE_WITH_MEMBERS = """
            WITH page AS MATERIALIZED (%s),
            names AS (SELECT a.id, a.display_name FROM account a
                      WHERE a.tenant_id = ? AND a.id = ANY (ARRAY(SELECT unnest(page.member_ids) FROM page
                                                                  UNION SELECT page.last_author_id FROM page
                                                                  UNION SELECT page.created_by FROM page)))
            SELECT page.*, (SELECT n.display_name FROM names n WHERE n.id = page.last_author_id) AS last_author_name,
                   CASE WHEN page.kind = 'announcement'
                        THEN (SELECT json_build_array(json_build_object('accountId', n.id, 'name', n.display_name, 'role', 'staff'))
                              FROM names n WHERE n.id = page.created_by)
                        ELSE (SELECT coalesce(json_agg(json_build_object('accountId', x.id, 'name', n.display_name, 'role', x.role)
                                                       ORDER BY x.role DESC, n.display_name, x.id), '[]')
                              FROM unnest(page.member_ids, page.member_roles) AS x(id, role) JOIN names n ON n.id = x.id) END AS members,
                   CASE WHEN page.kind = 'announcement' THEN 1 ELSE coalesce(page.kept_member_count, 0) END AS member_count
            FROM page ORDER BY page.participant_activity_at DESC, page.id DESC""";

    /** The unread count of participant row {@code p} if its read position were {@code %s}. */
    private static final String UNREAD_AFTER = """
            (SELECT count(*) FROM message m
             WHERE m.tenant_id = p.tenant_id AND m.thread_id = p.thread_id AND m.seq > %s
               AND m.deleted_at IS NULL AND m.author_id <> p.account_id
               AND NOT EXISTS (SELECT 1 FROM message_hidden h
                               WHERE h.tenant_id = p.tenant_id AND h.message_id = m.id AND h.account_id = p.account_id)
               AND NOT EXISTS (SELECT 1 FROM contact_block b
                               WHERE b.tenant_id = p.tenant_id AND b.blocker_id = p.account_id AND b.blocked_id = m.author_id))""";

    /** {@link #inboxRow}'s statement, built once (formatting it for every request was measurable). */
    private static final String INBOX_ROW = "SELECT " + ROW_WITH_ALL_MEMBERS + """
             FROM thread_participant p
            JOIN thread t ON t.tenant_id = ? AND t.id = p.thread_id
            WHERE p.tenant_id = ? AND p.account_id = ? AND p.thread_id = ?""";

    /** {@link #markReadUpTo}'s statement, built once. */
    private static final String MARK_READ_UP_TO = "WITH p AS (UPDATE thread_participant p SET last_read_seq = greatest(p.last_read_seq, ?),"
            + " last_read_at = ?, unread_count = " + UNREAD_AFTER.formatted("greatest(p.last_read_seq, ?)")
            + " WHERE p.tenant_id = ? AND p.thread_id = ? AND p.account_id = ?"
            + " AND (CAST(? AS text) IS NULL OR p.xmin::text = CAST(? AS text))"
            + " AND ? <= (SELECT t.last_seq FROM thread t WHERE t.tenant_id = ? AND t.id = ?)"
            + " RETURNING p.*)"
            + " SELECT " + ROW_WITH_ALL_MEMBERS
            + " FROM p JOIN thread t ON t.tenant_id = ? AND t.id = p.thread_id";

    private final Sql sql;

    ParticipantRepository(Sql sql) {
        this.sql = sql;
    }

    /** The account's membership of the thread, active or not; null when it never took part. */
    public Participant member(UUID threadId, UUID accountId) {
        return findById(new Participant.Key(threadId, accountId));
    }

    List<Participant> ofThread(UUID threadId) {
        return getEntityManager().createQuery("FROM Participant p WHERE p.threadId = :thread", Participant.class)
                .setParameter("thread", threadId).getResultList();
    }

    /** A returning member starts with everything up to {@code seq} read. */
    void reactivate(UUID threadId, UUID accountId, long seq) {
        getEntityManager().createQuery("""
                        UPDATE Participant p SET p.active = true, p.unreadCount = 0, p.lastReadSeq = :seq
                        WHERE p.threadId = :thread AND p.accountId = :account""")
                .setParameter("seq", seq).setParameter("thread", threadId)
                .setParameter("account", accountId).executeUpdate();
    }

    void deactivate(UUID threadId, UUID accountId) {
        getEntityManager().createQuery("""
                        UPDATE Participant p SET p.active = false, p.unreadCount = 0
                        WHERE p.threadId = :thread AND p.accountId = :account AND p.active = true""")
                .setParameter("thread", threadId).setParameter("account", accountId).executeUpdate();
    }

    /** A message deleted for everyone leaves the unread counts of those who still counted it. */
    public void dropUnreadOfRemoved(UUID threadId, UUID authorId, long seq, UUID messageId) {
        getEntityManager().createQuery("""
                        UPDATE Participant p SET p.unreadCount = p.unreadCount - 1
                        WHERE p.threadId = :thread AND p.active = true AND p.accountId <> :author
                          AND p.lastReadSeq < :seq AND p.unreadCount > 0
                          AND NOT EXISTS (SELECT 1 FROM HiddenMessage h
                                          WHERE h.messageId = :message AND h.accountId = p.accountId)
                          AND NOT EXISTS (SELECT 1 FROM ContactBlock b
                                          WHERE b.blockerId = p.accountId AND b.blockedId = :author)""")
                .setParameter("thread", threadId).setParameter("author", authorId)
                .setParameter("seq", seq).setParameter("message", messageId).executeUpdate();
    }

    /** One unread message fewer for this member (one they hid). */
    public void dropOneUnread(UUID threadId, UUID accountId) {
        getEntityManager().createQuery("""
                        UPDATE Participant p SET p.unreadCount = p.unreadCount - 1
                        WHERE p.threadId = :thread AND p.accountId = :me AND p.unreadCount > 0""")
                .setParameter("thread", threadId).setParameter("me", accountId).executeUpdate();
    }

    /**
     * Moves the reader's position forward to {@code seq} (never back) and recounts, in one statement,
     * which also returns the account's inbox row of the thread as the write left it ({@code row} maps
     * {@link #ROW_WITH_ALL_MEMBERS}, as {@link #inboxRow} does): the response of a mark-read needs no
     * second statement. The row's thread columns and members are read on the statement's snapshot
     * (the write changes neither), its read position and count are the written ones.
     * Two writes of the same row deadlocked against posts: the second update of a row this
     * transaction had already updated makes PostgreSQL re-check the foreign key, which takes a key-share
     * lock on the thread row that a post holds while it waits for this participant row.
     * Empty (and nothing changed) when the thread has no message {@code seq}, or when
     * {@code rowVersion} is given and the row is no longer that version (see {@link UnreadCounts#markRead}).
     */
    <T> Optional<T> markReadUpTo(UUID threadId, UUID accountId, long seq, Instant at, String rowVersion, Sql.Row<T> row) {
        String tenant = sql.tenant();
        return sql.one(MARK_READ_UP_TO, row, seq, at, seq, tenant, threadId, accountId, rowVersion, rowVersion, seq, tenant, threadId, tenant);
    }

    /** Locks the participant's row until the transaction ends (posts in flight finish first; later ones wait). */
    void lockRow(UUID threadId, UUID accountId) {
        getEntityManager().createNativeQuery("""
                        SELECT 1 FROM thread_participant
                        WHERE tenant_id = :tenant AND thread_id = :thread AND account_id = :account FOR UPDATE""")
                .setParameter("tenant", sql.tenant()).setParameter("thread", threadId).setParameter("account", accountId)
                .getResultList();
    }

    /** Where the participant's reading stands now (see {@link ReadState}); empty when not a participant. */
    Optional<ReadState> readState(UUID threadId, UUID accountId) {
        String tenant = sql.tenant();
        return sql.one("""
                        SELECT t.last_seq, p.xmin::text AS row_version
                        FROM thread_participant p JOIN thread t ON t.tenant_id = ? AND t.id = p.thread_id
                        WHERE p.tenant_id = ? AND p.thread_id = ? AND p.account_id = ?""",
                rs -> new ReadState(rs.getLong("last_seq"), rs.getString("row_version")),
                tenant, tenant, threadId, accountId);
    }

    /** Recounts the threads the reader shares with another account, after pending changes are written. */
    void recountShared(UUID readerId, UUID otherId) {
        getEntityManager().flush();
        getEntityManager().createNativeQuery("UPDATE thread_participant p SET unread_count = "
                        + UNREAD_AFTER.formatted("p.last_read_seq") + """
                         WHERE p.account_id = :reader AND p.active
                           AND p.thread_id IN (SELECT o.thread_id FROM thread_participant o WHERE o.account_id = :other)""")
                .setParameter("reader", readerId).setParameter("other", otherId).executeUpdate();
    }

    /** Takes the row lock of the account's membership, to serialise what one member does once per thread. */
    public void lockMembership(UUID threadId, UUID accountId) {
        getEntityManager().createNativeQuery("""
                        SELECT account_id FROM thread_participant WHERE thread_id = :thread AND account_id = :me
                        FOR UPDATE""")
                .setParameter("thread", threadId).setParameter("me", accountId).getSingleResult();
    }

    /** Who of the thread's active members other than the author has read up to {@code seq}, by name. */
    public List<ReadReceipts.Reader> readReceipts(UUID threadId, UUID authorId, long seq) {
        return getEntityManager().createQuery("""
                        SELECT p.accountId, a.displayName, p.role, p.lastReadSeq >= :seq, p.lastReadAt
                        FROM Participant p JOIN Account a ON a.id = p.accountId
                        WHERE p.threadId = :thread AND p.active = true AND p.accountId <> :author
                        ORDER BY a.displayName""", Object[].class)
                .setParameter("seq", seq).setParameter("thread", threadId)
                .setParameter("author", authorId).getResultList().stream()
                .map(r -> new ReadReceipts.Reader((UUID) r[0], (String) r[1], (String) r[2], (Boolean) r[3],
                        (Boolean) r[3] ? (Instant) r[4] : null))
                .toList();
    }

    /** An announcement's recipients (active members but its author) and how many have read its message. */
    public Reach reach(UUID threadId, UUID authorId) {
        Object[] reach = getEntityManager().createQuery("""
                        SELECT count(p), coalesce(sum(CASE WHEN p.lastReadSeq >= 1 AND p.lastReadAt IS NOT NULL
                                                           THEN 1 ELSE 0 END), 0)
                        FROM Participant p
                        WHERE p.threadId = :thread AND p.active = true AND p.accountId <> :author""", Object[].class)
                .setParameter("thread", threadId).setParameter("author", authorId).getSingleResult();
        return new Reach(((Number) reach[0]).intValue(), ((Number) reach[1]).intValue());
    }

    /** The preferred languages of the thread's active members, each once. */
    public List<String> languagesOfMembers(UUID threadId) {
        return getEntityManager().createQuery("""
                        SELECT DISTINCT a.preferredLanguage FROM Participant p JOIN Account a ON a.id = p.accountId
                        WHERE p.threadId = :thread AND p.active = true""", String.class)
                .setParameter("thread", threadId).getResultList();
    }

    /**
     * A page of the account's inbox in plain SQL, latest activity first, continuing below
     * ({@code afterAt}, {@code afterThread}) when given; {@code row} maps {@link #PAGE_WITH_MEMBERS}.
     */
    public <T> List<T> inboxPage(UUID accountId, InboxFilter filter, Instant afterAt, UUID afterThread, int limit,
                                 Sql.Row<T> row) {
        String tenant = sql.tenant();
        List<Object> params = new ArrayList<>(List.of(tenant, tenant, accountId, filter.archived()));
        StringBuilder select = new StringBuilder("SELECT " + ROW_COLUMNS + """
                , s.member_count AS kept_member_count, s.member_ids, s.member_roles
                FROM thread_participant p
                JOIN thread t ON t.tenant_id = ? AND t.id = p.thread_id
                LEFT JOIN thread_member_preview s ON s.tenant_id = t.tenant_id AND s.thread_id = t.id
                WHERE p.tenant_id = ? AND p.account_id = ? AND p.active AND p.archived = ?""");
        if (filter.unreadOnly()) select.append(" AND p.unread_count > 0");
        if (filter.starredOnly()) select.append(" AND p.starred");
        if (filter.studentId() != null) {
            select.append(" AND t.student_id = ?");
            params.add(filter.studentId());
        }
        if (filter.classId() != null) {
            select.append(" AND t.class_id = ?");
            params.add(filter.classId());
        }
        if (afterAt != null) {
            // The redundant "<= at" is what PostgreSQL can use as a range bound on the inbox index;
            // with the OR alone it filters every row above the cursor, so a deep page cost as much as OFFSET.
            select.append(" AND p.last_activity_at <= ?"
                    + " AND (p.last_activity_at < ? OR (p.last_activity_at = ? AND p.thread_id < ?))");
            params.addAll(List.of(afterAt, afterAt, afterAt, afterThread));
        }
        select.append(" ORDER BY p.last_activity_at DESC, p.thread_id DESC LIMIT ?");
        params.add(limit);
        params.add(tenant);
        return sql.list(PAGE_WITH_MEMBERS.formatted(select), row, params.toArray());
    }

    /** The account's inbox row of one thread, in plain SQL; {@code row} maps {@link #ROW_WITH_ALL_MEMBERS}. */
    public <T> Optional<T> inboxRow(UUID accountId, UUID threadId, Sql.Row<T> row) {
        String tenant = sql.tenant();
        return sql.one(INBOX_ROW, row, tenant, tenant, accountId, threadId);
    }

    /**
     * Total unread messages across the account's inbox (archived and muted threads excluded), in plain SQL.
     * {@code unread_count > 0} changes no sum but lets PostgreSQL read the partial index {@code inbox_unread}:
     * only the threads with something unread are visited, not every thread the account is in.
     */
    public long unreadTotal(UUID accountId) {
        return sql.one("""
                        SELECT coalesce(sum(unread_count), 0) FROM thread_participant
                        WHERE tenant_id = ? AND account_id = ? AND active AND unread_count > 0
                          AND NOT archived AND NOT muted""",
                rs -> rs.getLong(1), sql.tenant(), accountId).orElse(0L);
    }

}
