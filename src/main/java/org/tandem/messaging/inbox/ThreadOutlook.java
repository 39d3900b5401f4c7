package org.tandem.messaging.inbox;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.messaging.dto.ThreadView;
import org.tandem.messaging.officehours.OfficeHoursRepository;
import org.tandem.messaging.officehours.WeeklyHours;
import org.tandem.messaging.thread.Membership;
import org.tandem.messaging.thread.ParticipantRepository;
import org.tandem.messaging.thread.ThreadKind;

/**
 * What a view of one thread adds for its reader, at a fixed number of queries: for a guardian,
 * whether the thread's staff are within their office hours and otherwise when a reply can be
 * expected; for the author of an announcement, how many of its recipients have read it. The inbox
 * leaves these out, so that its cost stays one query per page.
 */
@Singleton
class ThreadOutlook {

    private final ParticipantRepository participants;
    private final OfficeHoursRepository officeHours;
    private final Clock clock;

    ThreadOutlook(ParticipantRepository participants, OfficeHoursRepository officeHours, Clock clock) {
        this.participants = participants;
        this.officeHours = officeHours;
        this.clock = clock;
    }

    /** Completes the view of a thread for its reader, who takes part in it as {@code role}. */
    ThreadView complete(ThreadView view, String role, UUID reader) {
        Boolean availableNow = null;
        Instant replyExpectedBy = null;
        if (Membership.GUARDIAN.equals(role)) {
            Optional<List<WeeklyHours>> staffHours = staffHours(view.id());
            if (staffHours.isPresent()) {
                Instant now = clock.instant();
                replyExpectedBy = WeeklyHours.earliestOpeningWhenAllClosed(staffHours.get(), now).orElse(null);
                availableNow = staffHours.get().stream().anyMatch(h -> h.openAt(now));
            }
        }
        Integer read = null;
        Integer recipients = null;
        if (ThreadKind.ANNOUNCEMENT.wire().equals(view.kind()) && reader.equals(view.createdBy())) {
            ParticipantRepository.Reach reach = participants.reach(view.id(), view.createdBy());
            recipients = reach.recipients();
            read = reach.read();
        }
        return view.with(availableNow, replyExpectedBy, read, recipients);
    }

    /**
     * The office hours of every staff member in the thread; empty when there is none, or when one of
     * them has set no hours (then nobody can say when a reply will come).
     */
    private Optional<List<WeeklyHours>> staffHours(UUID threadId) {
        List<WeeklyHours> hours = officeHours.ofThreadMembers(threadId, Membership.STAFF);
        if (hours.isEmpty() || hours.contains(null)) {
            return Optional.empty();
        }
        return Optional.of(hours);
    }
}
