package org.tandem.messaging.message;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.tandem.access.Connections;
import org.tandem.identity.Account;
import org.tandem.messaging.thread.ThreadPreview;
import org.tandem.platform.outbox.DomainEvents;
import org.tandem.platform.persistence.Sql;

/**
 * Messages with their earlier versions and the rows of those who hid them (one aggregate), and the
 * plain-SQL page of a thread.
 */
@ApplicationScoped
public class MessageRepository implements PanacheRepositoryBase<Message, UUID> {

    /**
     * The columns of {@link MessageViews.Stored}, for a query over {@code message m} joined with
     * {@link #AUTHOR_JOINS}.
     */
    private static final String STORED_COLUMNS = "m.id, m.thread_id, m.seq, m.author_id,"
            + " coalesce(au.display_name, '') AS author_name, coalesce(ap.role, 'staff') AS author_role,"
            + " m.client_message_id, m.body,"
            + " m.language, m.urgent, m.deleted_at IS NOT NULL AS deleted, m.created_at, m.edited_at, m.version";

    /** The author's account and their membership of the thread (its role), in the statement that reads the messages. */
    private static final String AUTHOR_JOINS = " LEFT JOIN account au ON au.tenant_id = m.tenant_id AND au.id = m.author_id"
            + " LEFT JOIN thread_participant ap ON ap.tenant_id = m.tenant_id AND ap.thread_id = m.thread_id"
            + " AND ap.account_id = m.author_id";

    /** A message's author in its thread. */
    public record AuthorKey(UUID threadId, UUID accountId) {
    }

    /** An author's display name and side in the thread ({@code staff} when they never were a member: an administrator). */
    public record Author(String name, String role) {
        static final Author UNKNOWN = new Author("", "staff");
    }

    private final Sql sql;

    MessageRepository(Sql sql) {
        this.sql = sql;
    }

    /** The current tenant. */
    UUID tenant() {
        return UUID.fromString(sql.tenant());
    }

    /** What a post writes: the message (its id and time chosen by the caller) and who wrote it. */
    record NewPost(UUID id, UUID threadId, UUID authorId, String clientMessageId, String body, String language,
                   boolean urgent, Instant at) {
    }

    /**
     * Posts a message in one statement, one round trip. It takes the thread's row lock first, as
     * every post does, so posts in a thread are serialised and numbered without gaps; inserts the
     * message with the next number (in the author's preferred language when none is given); moves
     * the thread's number and the inbox preview kept on its row (with the author's role in the
     * thread); and moves every participant's counts: one more unread for each active member except
     * the author and those who blocked the author, everything read for the author. Participant rows are locked after the thread row,
     * the order mark-read uses. The same statement appends the outbox event ({@code message.posted},
     * or {@code announcement.posted} in an announcement thread), so notifications exist exactly
     * when the message does, at no extra round trip.
     *
     * <p>Empty, with nothing changed, when the author's message with this client message id was
     * committed meanwhile (a concurrent resend won): the insert then does nothing and neither do
     * the updates that follow from it. Call after pending entity changes are flushed.
     */
    Optional<MessageViews.Stored> post(NewPost post) {
        String tenant = sql.tenant();
        return sql.one("""
                        WITH m AS (
                            INSERT INTO message (id, tenant_id, thread_id, seq, author_id, client_message_id, body,
                                                 language, urgent, created_at, version)
                            SELECT ?, t.tenant_id, t.id, t.last_seq + 1, ?, CAST(? AS text), ?,
                                   coalesce(CAST(? AS text), (SELECT a.preferred_language FROM account a
                                                              WHERE a.tenant_id = t.tenant_id AND a.id = ?), 'en'),
                                   ?, ?, 0
                            FROM thread t
                            WHERE t.tenant_id = ? AND t.id = ?
                            FOR UPDATE OF t
                            ON CONFLICT (tenant_id, thread_id, author_id, client_message_id)
                               WHERE client_message_id IS NOT NULL DO NOTHING
                            RETURNING *),
                        numbered AS (
                            UPDATE thread t
                            SET last_seq = m.seq, last_activity_at = m.created_at, last_message_id = m.id,
                                last_author_id = m.author_id, last_snippet = left(m.body, ?), last_deleted = false,
                                last_message_at = m.created_at,
                                last_author_role = (SELECT ap.role FROM thread_participant ap
                                                    WHERE ap.tenant_id = m.tenant_id AND ap.thread_id = m.thread_id
                                                      AND ap.account_id = m.author_id)
                            FROM m
                            WHERE t.tenant_id = m.tenant_id AND t.id = m.thread_id
                            RETURNING t.id),
                        counted AS (
                            UPDATE thread_participant p
                            SET unread_count = CASE WHEN p.account_id = m.author_id THEN 0 ELSE p.unread_count + 1 END,
                                last_read_seq = CASE WHEN p.account_id = m.author_id THEN m.seq ELSE p.last_read_seq END,
                                last_read_at = CASE WHEN p.account_id = m.author_id THEN m.created_at ELSE p.last_read_at END,
                                archived = p.archived AND p.account_id = m.author_id,
                                last_activity_at = m.created_at
                            FROM m
                            WHERE p.tenant_id = m.tenant_id AND p.thread_id = m.thread_id
                              AND (p.account_id = m.author_id
                                   OR (p.active AND NOT EXISTS (SELECT 1 FROM contact_block b
                                                                WHERE b.tenant_id = p.tenant_id AND b.blocker_id = p.account_id
                                                                  AND b.blocked_id = m.author_id)))
                            RETURNING p.account_id),
                        announced AS (
                            INSERT INTO\s""" + DomainEvents.INSERT_COLUMNS + """
                            SELECT m.tenant_id, CASE WHEN t.kind = 'announcement' THEN 'announcement.posted' ELSE 'message.posted' END,
                                   m.id, m.author_id, m.created_at,
                                   jsonb_build_object('threadId', m.thread_id, 'messageId', m.id, 'seq', m.seq,
                                                      'threadKind', t.kind, 'urgent', m.urgent)
                            FROM m JOIN thread t ON t.tenant_id = m.tenant_id AND t.id = m.thread_id)
                        SELECT\s""" + STORED_COLUMNS
                        + ", (SELECT count(*) FROM numbered) + (SELECT count(*) FROM counted) AS written FROM m" + AUTHOR_JOINS,
                MessageRepository::stored,
                post.id(), post.authorId(), post.clientMessageId(), post.body(), post.language(), post.authorId(),
                post.urgent(), post.at(), tenant, post.threadId(), ThreadPreview.KEPT);
    }

    /** The author's earlier message in the thread with this client message id, as a view reads it. */
    Optional<MessageViews.Stored> storedByClientMessageId(UUID threadId, UUID authorId, String clientMessageId) {
        String tenant = sql.tenant();
        return sql.one("SELECT " + STORED_COLUMNS + " FROM message m" + AUTHOR_JOINS + " WHERE m.tenant_id = ? AND m.thread_id = ?"
                        + " AND m.author_id = ? AND m.client_message_id = ?",
                MessageRepository::stored, tenant, threadId, authorId, clientMessageId);
    }

    /** Whether the author has posted a message with this client message id in the thread. */
    public boolean clientMessageIdUsed(UUID threadId, UUID authorId, String clientMessageId) {
        return !getEntityManager().createQuery("""
                        SELECT m.id FROM Message m WHERE m.threadId = :thread AND m.authorId = :me
                          AND m.clientMessageId = :client""", UUID.class)
                .setParameter("thread", threadId).setParameter("me", authorId).setParameter("client", clientMessageId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The message as stored now (a query, not the session's copy); empty when it is gone. */
    public Optional<Message> current(UUID messageId) {
        return getEntityManager().createQuery("FROM Message m WHERE m.id = :id", Message.class)
                .setParameter("id", messageId).getResultStream().findFirst();
    }

    /** The messages with these ids, in no particular order. */
    public List<Message> withIds(List<UUID> ids) {
        return getEntityManager().createQuery("FROM Message m WHERE m.id IN :ids", Message.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Locks the message's row and reloads it, so what is compared next is what the row holds. */
    void lockForEdit(Message message) {
        getEntityManager().lock(message, LockModeType.PESSIMISTIC_WRITE);
        getEntityManager().refresh(message);
    }

    void addEdit(MessageEdit edit) {
        getEntityManager().persist(edit);
    }

    List<MessageEdit> edits(UUID messageId) {
        return getEntityManager()
                .createQuery("FROM MessageEdit e WHERE e.messageId = :message ORDER BY e.editedAt", MessageEdit.class)
                .setParameter("message", messageId).getResultList();
    }

    boolean hiddenFor(UUID accountId, UUID messageId) {
        return getEntityManager().find(HiddenMessage.class, new HiddenMessage.Key(accountId, messageId)) != null;
    }

    void hide(HiddenMessage hidden) {
        getEntityManager().persist(hidden);
    }

    /**
     * A page of the thread in plain SQL, from just past {@code anchor} towards older or newer
     * messages, leaving out those the reader hid and those of people they blocked.
     */
    List<MessageViews.Stored> page(UUID threadId, UUID readerId, boolean older, long anchor, int limit) {
        String tenant = sql.tenant();
        return sql.list("SELECT " + STORED_COLUMNS + " FROM message m" + AUTHOR_JOINS
                        + " WHERE m.tenant_id = ? AND m.thread_id = ? AND m.seq " + (older ? "<" : ">") + " ?"
                        + " AND NOT EXISTS (SELECT 1 FROM message_hidden h WHERE h.tenant_id = ?"
                        + "                 AND h.account_id = ? AND h.message_id = m.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM contact_block b WHERE b.tenant_id = ?"
                        + "                 AND b.blocker_id = ? AND b.blocked_id = m.author_id)"
                        + " ORDER BY m.seq " + (older ? "DESC" : "ASC") + " LIMIT ?",
                MessageRepository::stored,
                tenant, threadId, anchor, tenant, readerId, tenant, readerId, limit);
    }

    /**
     * Full-text search over the messages of the reader's own threads, newest first, below the cursor
     * ({@code afterAt}, {@code afterSeq}, {@code afterId}) when given, within one thread when named:
     * the ids of a page. Deleted, hidden-for-me and blocked authors' messages never match; in a thread
     * about a student, a guardian's messages match only while a current link allows it.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> search(UUID readerId, UUID tenantId, String q, UUID threadId, Instant afterAt, long afterSeq,
                             UUID afterId, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT m.id FROM message m
                        JOIN thread_participant p ON p.thread_id = m.thread_id AND p.account_id = :me AND p.active
                        JOIN thread t ON t.id = m.thread_id
                        WHERE m.tenant_id = :tenant AND m.search @@ websearch_to_tsquery('simple', :q)
                          AND m.deleted_at IS NULL
                          AND (CAST(:thread AS uuid) IS NULL OR m.thread_id = CAST(:thread AS uuid))
                          AND NOT EXISTS (SELECT 1 FROM message_hidden h WHERE h.message_id = m.id AND h.account_id = :me)
                          AND NOT EXISTS (SELECT 1 FROM contact_block b WHERE b.blocker_id = :me AND b.blocked_id = m.author_id)
                          AND (t.student_id IS NULL OR p.role = 'staff' OR """
                        + Connections.currentLinkSql(":tenant", ":me", "t.student_id") + """
                        )
                          AND (CAST(:afterAt AS timestamptz) IS NULL
                               OR (m.created_at, m.seq, m.id) < (CAST(:afterAt AS timestamptz), :afterSeq, CAST(:afterId AS uuid)))
                        ORDER BY m.created_at DESC, m.seq DESC, m.id DESC
                        LIMIT :fetch""")
                .setParameter("me", readerId)
                .setParameter("tenant", tenantId.toString())
                .setParameter("q", q)
                .setParameter("thread", threadId == null ? null : threadId.toString())
                .setParameter("afterAt", afterAt == null ? null : afterAt.toString())
                .setParameter("afterSeq", afterSeq)
                .setParameter("afterId", afterId == null ? null : afterId.toString())
                .setParameter("fetch", limit)
                .getResultList();
    }

    /**
     * An account of identity's, for its preferred language (the one read of another feature's entity
     * left here; it is the same {@code find} the services made before).
     */
    public Account account(UUID accountId) {
        return getEntityManager().find(Account.class, accountId);
    }

    /** The authors of these messages, by thread and account, in one statement. */
    Map<AuthorKey, Author> authorsOf(List<Message> messages) {
        if (messages.isEmpty()) {
            return Map.of();
        }
        Set<UUID> threads = messages.stream().map(Message::threadId).collect(Collectors.toSet());
        Set<UUID> authors = messages.stream().map(Message::authorId).collect(Collectors.toSet());
        Map<UUID, String> names = new HashMap<>();
        getEntityManager().createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :authors", Object[].class)
                .setParameter("authors", authors).getResultStream()
                .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        Map<AuthorKey, String> roles = new HashMap<>();
        getEntityManager().createQuery("""
                        SELECT p.threadId, p.accountId, p.role FROM Participant p
                        WHERE p.threadId IN :threads AND p.accountId IN :authors""", Object[].class)
                .setParameter("threads", threads).setParameter("authors", authors).getResultStream()
                .forEach(row -> roles.put(new AuthorKey((UUID) row[0], (UUID) row[1]), (String) row[2]));
        Map<AuthorKey, Author> found = new HashMap<>();
        for (Message m : messages) {
            AuthorKey key = new AuthorKey(m.threadId(), m.authorId());
            found.put(key, new Author(names.getOrDefault(m.authorId(), ""), roles.getOrDefault(key, "staff")));
        }
        return found;
    }

    private static MessageViews.Stored stored(ResultSet rs) throws SQLException {
        return new MessageViews.Stored(Sql.uuid(rs, "id"), Sql.uuid(rs, "thread_id"), rs.getLong("seq"),
                Sql.uuid(rs, "author_id"), rs.getString("author_name"), rs.getString("author_role"),
                rs.getString("client_message_id"), rs.getString("body"),
                rs.getString("language"), rs.getBoolean("urgent"), rs.getBoolean("deleted"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "edited_at"), rs.getLong("version"));
    }
}
