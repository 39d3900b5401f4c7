package org.tandem.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.StudentCapability;
import org.tandem.messaging.dto.PrivateReply;
import org.tandem.messaging.message.MessageService;
import org.tandem.messaging.thread.Membership;
import org.tandem.messaging.thread.MessageThread;
import org.tandem.messaging.thread.Participant;
import org.tandem.messaging.thread.ThreadAccess;
import org.tandem.messaging.thread.ThreadKind;
import org.tandem.platform.problem.ApiException;

/**
 * A recipient's private reply to an announcement: it goes to a direct thread between the recipient
 * and the announcement's author, opened by the first reply and continued by the later ones, so
 * that nobody replies to all.
 */
@ApplicationScoped
@Transactional
class PrivateReplies {

    /** The direct thread the reply went to, and whether this reply opened it. */
    record Replied(UUID threadId, boolean opened) {
    }

    private static final int MAX_SUBJECT = 200;

    private final EntityManager em;
    private final ThreadAccess threads;
    private final AccessPolicy access;
    private final MessageService messages;

    PrivateReplies(EntityManager em, ThreadAccess threads, AccessPolicy access, MessageService messages) {
        this.em = em;
        this.threads = threads;
        this.access = access;
        this.messages = messages;
    }

    Replied reply(UUID announcementId, PrivateReply input) {
        ThreadAccess.Member member = threads.requireMember(announcementId);
        MessageThread announcement = member.thread();
        UUID me = threads.me();
        if (announcement.kind() != ThreadKind.ANNOUNCEMENT) {
            throw ApiException.conflict("not_an_announcement", "Private replies are to announcements; post in the thread");
        }
        if (!Membership.GUARDIAN.equals(member.me().role()) || announcement.createdBy().equals(me)) {
            throw ApiException.forbidden("Private replies are for an announcement's recipients");
        }
        if (access.permitted(access.visibleStudents(), StudentCapability.MESSAGE_STAFF).isEmpty()) {
            throw ApiException.forbidden("Your link to your children does not include messaging staff");
        }
        // One reply thread per recipient: concurrent first replies wait here for each other.
        em.createNativeQuery("""
                        SELECT account_id FROM thread_participant WHERE thread_id = :thread AND account_id = :me
                        FOR UPDATE""")
                .setParameter("thread", announcementId).setParameter("me", me).getSingleResult();
        AnnouncementReply earlier = em.find(AnnouncementReply.class, new AnnouncementReply.Key(announcementId, me));
        MessageThread direct = earlier != null ? em.find(MessageThread.class, earlier.threadId()) : open(announcement, me);
        if (direct.locked()) {
            throw ApiException.conflict("thread_locked", "Your conversation with the author is locked");
        }
        messages.postAs(direct, me, input.asMessage());
        return new Replied(direct.id(), earlier == null);
    }

    private MessageThread open(MessageThread announcement, UUID recipient) {
        String subject = "Re: " + (announcement.subject() != null ? announcement.subject() : "announcement");
        MessageThread direct = new MessageThread(ThreadKind.DIRECT,
                subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT - 1) + "…",
                null, null, recipient);
        em.persist(direct);
        em.flush();
        em.persist(new Participant(direct.id(), recipient, Membership.GUARDIAN, true, 0, direct.lastActivityAt()));
        em.persist(new Participant(direct.id(), announcement.createdBy(), Membership.STAFF, true, 0,
                direct.lastActivityAt()));
        em.persist(new AnnouncementReply(announcement.id(), recipient, direct.id()));
        em.flush();
        return direct;
    }
}
