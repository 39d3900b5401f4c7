package org.tandem.messaging.thread;

import jakarta.inject.Singleton;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.access.StudentCapability;
import org.tandem.platform.problem.ApiException;

/**
 * A thread is visible only to its active participants; to anyone else it does not exist (404).
 * For a thread about a student, a guardian's membership is re-checked against the access policy,
 * so a no-contact order applies at once even before memberships are re-synced.
 */
@Singleton
public class ThreadAccess {

    /** The thread and the caller's membership of it. */
    public record Member(MessageThread thread, Participant me) {
    }

    /**
     * What reading a thread's messages needs: the thread, the caller's role in it and their
     * language, and where the caller's reading stood when this was read (for marking read).
     */
    public record Reader(UUID threadId, UUID accountId, String role, String language, ReadState state) {
    }

    /**
     * What posting in a thread needs to know: its kind, whether it is locked, the student it is
     * about and the caller's role in it, and whether the caller's link to that student is known to
     * allow messaging staff (false also when it is simply not known: then the policy decides).
     */
    public record Poster(UUID threadId, ThreadKind kind, boolean locked, UUID studentId, String role,
                         boolean mayMessageStaff) {

        public static Poster of(Member member) {
            MessageThread thread = member.thread();
            return new Poster(thread.id(), thread.kind(), thread.locked(), thread.studentId(), member.me().role(),
                    false);
        }
    }

    private final ThreadRepository threads;
    private final ParticipantRepository participants;
    private final Caller caller;
    private final AccessPolicy access;

    ThreadAccess(ThreadRepository threads, ParticipantRepository participants, Caller caller, AccessPolicy access) {
        this.threads = threads;
        this.participants = participants;
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
        ThreadRepository.ReaderRow found = threadId == null ? null : threads.reader(threadId, me).orElse(null);
        if (found == null) {
            throw ApiException.notFound("Thread " + threadId);
        }
        if (found.studentId() != null && Membership.GUARDIAN.equals(found.role()) && !found.linked()
                && !access.may(found.studentId(), StudentCapability.VIEW)) {
            throw ApiException.notFound("Thread " + threadId);
        }
        return new Reader(threadId, me, found.role(), found.language() == null ? "en" : found.language(),
                found.state());
    }

    /**
     * {@link #requireMember} for posting, in one statement: the thread's kind, lock and student,
     * the caller's role, and for a guardian whether a current link to the student allows messaging
     * staff. As in {@link #requireReader}, only a "yes" is taken from SQL.
     */
    public Poster requirePoster(UUID threadId) {
        ThreadRepository.PosterRow found = threadId == null ? null
                : threads.poster(threadId, caller.accountId()).orElse(null);
        if (found == null) {
            throw ApiException.notFound("Thread " + threadId);
        }
        if (found.studentId() != null && Membership.GUARDIAN.equals(found.role()) && !found.linked()
                && !access.may(found.studentId(), StudentCapability.VIEW)) {
            throw ApiException.notFound("Thread " + threadId);
        }
        return new Poster(threadId, found.kind(), found.locked(), found.studentId(), found.role(),
                found.mayMessageStaff());
    }

    public Member requireMember(UUID threadId) {
        MessageThread thread = threadId == null ? null : threads.findById(threadId);
        Participant me = thread == null ? null : participants.member(threadId, caller.accountId());
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
