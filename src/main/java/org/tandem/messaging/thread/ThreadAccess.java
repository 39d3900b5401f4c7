package org.tandem.messaging.thread;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.access.Connections;
import org.tandem.access.StudentCapability;
import org.tandem.platform.persistence.Sql;
import org.tandem.platform.problem.ApiException;

/**
 * A thread is visible only to its active participants; to anyone else it does not exist (404).
 * For a thread about a student, a guardian's membership is re-checked against the access policy,
 * so a no-contact order applies at once even before memberships are re-synced.
 */
@ApplicationScoped
public class ThreadAccess {

    /** The thread and the caller's membership of it. */
    public record Member(MessageThread thread, Participant me) {
    }

    /** What reading a thread's messages needs: the thread, the caller's role in it and their language. */
    public record Reader(UUID threadId, UUID accountId, String role, String language) {
    }

    private final EntityManager em;
    private final Sql sql;
    private final Caller caller;
    private final AccessPolicy access;

    ThreadAccess(EntityManager em, Sql sql, Caller caller, AccessPolicy access) {
        this.em = em;
        this.sql = sql;
        this.caller = caller;
        this.access = access;
    }

    /**
     * {@link #requireMember} for reading, in one statement instead of five to seven: the membership,
     * the reader's language and, for a guardian in a thread about a student, whether an active
     * guardianship without a no-contact order links them to the student. Only that "yes" is taken
     * from SQL; a "no" is decided by the {@link AccessPolicy} (a guardian who is also staff or an
     * administrator may still see the student), so the policy stays the one authority for refusals.
     */
    public Reader requireReader(UUID threadId) {
        UUID me = caller.accountId();
        String tenant = sql.tenant();
        record Found(UUID studentId, String role, String language, boolean linked) {
        }
        Found found = threadId == null ? null : sql.one("""
                        SELECT t.student_id, p.role, a.preferred_language,
                               t.student_id IS NOT NULL AND p.role = 'guardian'
                                 AND """ + Connections.currentLinkSql("?", "p.account_id", "t.student_id") + """
                                   AS linked
                        FROM thread t
                        JOIN thread_participant p ON p.tenant_id = ? AND p.thread_id = t.id AND p.account_id = ?
                                                 AND p.active
                        LEFT JOIN account a ON a.tenant_id = ? AND a.id = p.account_id
                        WHERE t.tenant_id = ? AND t.id = ?""",
                rs -> new Found(Sql.uuid(rs, "student_id"), rs.getString("role"), rs.getString("preferred_language"),
                        rs.getBoolean("linked")),
                tenant, tenant, tenant, me, tenant, tenant, threadId).orElse(null);
        if (found == null) {
            throw ApiException.notFound("Thread " + threadId);
        }
        if (found.studentId() != null && Membership.GUARDIAN.equals(found.role()) && !found.linked()
                && !access.may(found.studentId(), StudentCapability.VIEW)) {
            throw ApiException.notFound("Thread " + threadId);
        }
        return new Reader(threadId, me, found.role(), found.language() == null ? "en" : found.language());
    }

    public Member requireMember(UUID threadId) {
        MessageThread thread = threadId == null ? null : em.find(MessageThread.class, threadId);
        Participant me = thread == null ? null
                : em.find(Participant.class, new Participant.Key(threadId, caller.accountId()));
        if (me == null || !me.active()) {
            throw ApiException.notFound("Thread " + threadId);
        }
        if (thread.studentId() != null && Membership.GUARDIAN.equals(me.role())
                && !access.may(thread.studentId(), StudentCapability.VIEW)) {
            throw ApiException.notFound("Thread " + threadId);
        }
        return new Member(thread, me);
    }

    /**
     * {@link #requireMember}, and the caller must take part as staff (not as a family member who
     * also works at the school): {@code refusal} says what only staff may do.
     */
    public Member requireStaffMember(UUID threadId, String refusal) {
        Member member = requireMember(threadId);
        if (!Membership.STAFF.equals(member.me().role()) || !isStaff()) {
            throw ApiException.forbidden(refusal);
        }
        return member;
    }

    /** Whether the caller is on the school's side: staff or an administrator. */
    public boolean isStaff() {
        return caller.isStaffSide();
    }

    public UUID me() {
        return caller.accountId();
    }
}
