package org.tandem.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tandem.messaging.dto.ThreadView;
import org.tandem.messaging.officehours.OfficeHours;
import org.tandem.messaging.officehours.OfficeHoursRepository;
import org.tandem.messaging.officehours.WeeklyHours;
import org.tandem.messaging.thread.Membership;
import org.tandem.messaging.thread.MessageThread;
import org.tandem.messaging.thread.ParticipantRepository;
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

    private final ParticipantRepository participants;
    private final OfficeHoursRepository officeHours;
    private final Clock clock;

    ThreadOutlook(ParticipantRepository participants, OfficeHoursRepository officeHours, Clock clock) {
        this.participants = participants;
        this.officeHours = officeHours;
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
            ParticipantRepository.Reach reach = participants.reach(thread.id(), thread.createdBy());
            recipients = reach.recipients();
            read = reach.read();
        }
        return view.with(availableNow, replyExpectedBy, read, recipients);
    }

    /**
     * The office hours of every staff member in the thread; empty when there is none, or when one of
     * them has set no hours (then nobody can say when a reply will come).
     */
    private Optional<List<WeeklyHours>> staffHours(MessageThread thread) {
        List<OfficeHours> hours = officeHours.ofThreadMembers(thread.id(), Membership.STAFF);
        if (hours.isEmpty() || hours.contains(null)) {
            return Optional.empty();
        }
        return Optional.of(hours.stream().map(OfficeHours::hours).toList());
    }
}
