package org.tandem.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.access.Roles;
import org.tandem.access.StudentCapability;
import org.tandem.platform.problem.ApiException;

/**
 * A thread is visible only to its active participants; to anyone else it does not exist (404).
 * For a thread about a student, a guardian's membership is re-checked against the access policy,
 * so a no-contact order applies at once even before memberships are re-synced.
 */
@ApplicationScoped
class ThreadAccess {

    /** The thread and the caller's membership of it. */
    record Member(MessageThread thread, Participant me) {
    }

    private final EntityManager em;
    private final Caller caller;
    private final AccessPolicy access;

    ThreadAccess(EntityManager em, Caller caller, AccessPolicy access) {
        this.em = em;
        this.caller = caller;
        this.access = access;
    }

    Member requireMember(UUID threadId) {
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

    boolean isStaff() {
        return caller.has(Roles.STAFF) || caller.has(Roles.SCHOOL_ADMIN) || caller.has(Roles.DISTRICT_ADMIN);
    }

    UUID me() {
        return caller.accountId();
    }
}
