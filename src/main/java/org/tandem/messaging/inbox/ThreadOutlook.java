package org.tandem.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tandem.messaging.dto.ThreadView;
import org.tandem.messaging.officehours.OfficeHours;
import org.tandem.messaging.officehours.WeeklyHours;
import org.tandem.messaging.thread.Membership;
import org.tandem.messaging.thread.MessageThread;
import org.tandem.messaging.thread.ThreadAccess;
import org.tandem.messaging.thread.ThreadKind;

/**
 * What a view of one thread adds for its reader, at a fixed number of queries: for a guardian,
 * whether the thread's staff are within their office hours and otherwise when a reply can be
 * expected; for the author of an announcement, how many of its recipients have read it. The inbox
 * leaves these out, so that its cost stays one query per page.
 */
@ApplicationScoped
class ThreadOutlook {

    private final EntityManager em;

    private final Clock clock;

    ThreadOutlook(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    ThreadView complete(ThreadView view, ThreadAccess.Member member) {
        Boolean availableNow = null;
        Instant replyExpectedBy = null;
        if (Membership.GUARDIAN.equals(member.me().role())) {
            Optional<List<WeeklyHours>> staffHours = staffHours(member.thread());
            if (staffHours.isPresent()) {
                Instant now = clock.instant();
                replyExpectedBy = WeeklyHours.earliestOpeningWhenAllClosed(staffHours.get(), now).orElse(null);
                availableNow = staffHours.get().stream().anyMatch(h -> h.openAt(now));
            }
        }
        Integer read = null;
        Integer recipients = null;
        MessageThread thread = member.thread();
        if (thread.kind() == ThreadKind.ANNOUNCEMENT && thread.createdBy().equals(member.me().accountId())) {
            Object[] reach = em.createQuery("""
                            SELECT count(p), coalesce(sum(CASE WHEN p.lastReadSeq >= 1 AND p.lastReadAt IS NOT NULL
                                                               THEN 1 ELSE 0 END), 0)
                            FROM Participant p
                            WHERE p.threadId = :thread AND p.active = true AND p.accountId <> :author""", Object[].class)
                    .setParameter("thread", thread.id()).setParameter("author", thread.createdBy()).getSingleResult();
            recipients = ((Number) reach[0]).intValue();
            read = ((Number) reach[1]).intValue();
        }
        return view.with(availableNow, replyExpectedBy, read, recipients);
    }

    /**
     * The office hours of every staff member in the thread; empty when there is none, or when one of
     * them has set no hours (then nobody can say when a reply will come).
     */
    private Optional<List<WeeklyHours>> staffHours(MessageThread thread) {
        List<OfficeHours> hours = em.createQuery("""
                        SELECT h FROM Participant p LEFT JOIN OfficeHours h ON h.accountId = p.accountId
                        WHERE p.threadId = :thread AND p.active = true AND p.role = :staff""", OfficeHours.class)
                .setParameter("thread", thread.id()).setParameter("staff", Membership.STAFF).getResultList();
        if (hours.isEmpty() || hours.contains(null)) {
            return Optional.empty();
        }
        return Optional.of(hours.stream().map(OfficeHours::hours).toList());
    }
}
