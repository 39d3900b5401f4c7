package org.tandem.messaging.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.messaging.dto.Reports;
import org.tandem.messaging.message.Message;
import org.tandem.messaging.message.MessageService;
import org.tandem.messaging.thread.ThreadRepository;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;

/**
 * The administrators' queue of reported messages, oldest first. A district admin sees every report
 * of the district; a school admin those about threads of their schools: threads about a student,
 * class or audience of the school, or with a member of its staff. Resolving a report resolves every
 * open report of the same message; {@code actioned} may also lock the thread or remove the message.
 */
@ApplicationScoped
@Transactional
class ModerationQueue {

    record Position(Instant at, UUID id) {
    }

    private final ReportRepository reports;
    private final ThreadRepository threads;
    private final Caller caller;
    private final CursorCodec cursors;
    private final MessageService messages;
    private final AccessPolicy access;
    private final Clock clock;

    ModerationQueue(ReportRepository reports, ThreadRepository threads, Caller caller, CursorCodec cursors,
                    MessageService messages, AccessPolicy access, Clock clock) {
        this.reports = reports;
        this.threads = threads;
        this.caller = caller;
        this.cursors = cursors;
        this.messages = messages;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<Reports.Report> list(String state, PageRequest page) {
        String list = "reports:" + caller.accountId() + ":" + state;
        Position after = cursors.decode(list, page.cursor(), Position.class);
        Set<UUID> schools = access.administeredSchools().orElse(null);
        if (schools != null && schools.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        List<Object[]> rows = reports.page(state, schools, after == null ? null : after.at(),
                after == null ? null : after.id(), page.fetchSize());
        return Page.of(rows, page, ReportViews::of,
                row -> cursors.encode(list, new Position(((MessageReport) row[0]).createdAt(), ((MessageReport) row[0]).id())));
    }

    Reports.Report resolve(UUID reportId, Reports.Resolution input) {
        boolean actioned = "actioned".equals(input.outcome());
        boolean lock = Boolean.TRUE.equals(input.lockThread());
        boolean remove = Boolean.TRUE.equals(input.removeMessage());
        if (!actioned && (lock || remove)) {
            throw ApiException.unprocessable("dismissed_with_action", "A dismissed report neither locks nor removes");
        }
        Object[] row = find(reportId);
        MessageReport report = (MessageReport) row[0];
        Message message = (Message) row[1];
        if (!MessageReport.OPEN.equals(report.state())) {
            throw alreadyResolved();
        }
        int resolved = reports.resolveOpen(report.messageId(), input.outcome(), caller.accountId(), clock.instant());
        if (resolved == 0) {
            throw alreadyResolved(); // another administrator, a moment ago
        }
        if (lock) {
            threads.findById(message.threadId()).lock(true);
        }
        if (remove && !message.deleted()) {
            messages.tombstone(message);
        }
        reports.flush();
        reports.forgetLoaded();
        return ReportViews.of(find(reportId));
    }

    private Object[] find(UUID reportId) {
        Set<UUID> schools = access.administeredSchools().orElse(null);
        if (schools != null && schools.isEmpty()) {
            throw ApiException.notFound("Report " + reportId);
        }
        return reports.row(reportId, schools).orElseThrow(() -> ApiException.notFound("Report " + reportId));
    }

    private static ApiException alreadyResolved() {
        return ApiException.conflict("already_resolved", "This report has already been resolved");
    }
}
