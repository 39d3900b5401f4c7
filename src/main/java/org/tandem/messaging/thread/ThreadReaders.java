package org.tandem.messaging.thread;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.tandem.access.Connections;
import org.tandem.platform.persistence.Sql;

/**
 * Who may read a new message of a thread right now, for features that tell people about it (live
 * updates): the thread's active participants (a removed member is no longer one), except a guardian
 * in a thread about a student who has no current link to that student (a no-contact order applies at
 * once, before memberships are re-synced) and anyone who blocked the author. One statement; runs
 * outside a request, so the tenant is named by the caller.
 *
 * <p>Unlike {@link ThreadAccess}, which lets the access policy decide a guardian "no" (a guardian who is
 * also staff may still see the student), this answer is conservative: such a person learns of the
 * message when their app next reads the thread.
 *
 * <p>It runs on the caller's connection: live updates ask it on a connection of their own, outside the
 * request pool, so that telling people never waits for requests to free a pooled connection.
 */
@ApplicationScoped
public class ThreadReaders {

    /** Built once: formatting it for every post was measurable (bench/performance-notes.md, session 14). */
    private static final String READERS = """
                        SELECT p.account_id FROM thread t
                        JOIN thread_participant p ON p.tenant_id = ? AND p.thread_id = t.id AND p.active
                        WHERE t.tenant_id = ? AND t.id = ?
                          AND (t.student_id IS NULL OR p.role <> 'guardian' OR""" + Connections.currentLinkSql("?",
                        "p.account_id", "t.student_id") + """
                        )
                          AND NOT EXISTS (SELECT 1 FROM contact_block b WHERE b.tenant_id = ? AND b.blocker_id = p.account_id
                                                                       AND b.blocked_id = ?)""";

    public List<UUID> of(Connection connection, UUID tenantId, UUID threadId, UUID authorId) throws SQLException {
        String tenant = tenantId.toString();
        return Sql.list(connection, READERS,
                rs -> Sql.uuid(rs, "account_id"), tenant, tenant, threadId, tenant, tenant, tenant, authorId);
    }
}
