package org.tandem.celebrations.replies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;

/**
 * The administrators' queue of reported replies, beside the queue of reported messages and with its
 * rules: oldest first, a district admin sees every report, a school admin those about celebrations of
 * their schools; resolving one resolves every open report of the same reply, and {@code actioned}
 * may remove the reply for everyone.
 */
@ApplicationScoped
@Transactional
class ReplyModeration {

    record Position(Instant at, UUID id) {
    }

    private final ReplyRepository replies;
    private final ReplyService service;
    private final Caller caller;
    private final CursorCodec cursors;

    ReplyModeration(ReplyRepository replies, ReplyService service, Caller caller, CursorCodec cursors) {
        this.replies = replies;
        this.service = service;
        this.caller = caller;
        this.cursors = cursors;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<Replies.Report> list(String state, PageRequest page) {
        String list = "reply-reports:" + caller.accountId() + ":" + state;
        Position after = cursors.decode(list, page.cursor(), Position.class);
        Set<UUID> schools = service.moderatedSchools();
        if (schools != null && schools.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        List<Object[]> rows = replies.reports(state, schools, null, after == null ? null : after.at(),
                after == null ? null : after.id(), page.fetchSize());
        return Page.of(rows, page, ReplyModeration::view, row -> cursors.encode(list,
                new Position(((ReplyReport) row[0]).createdAt(), ((ReplyReport) row[0]).id())));
    }

    Replies.Report resolve(UUID reportId, Replies.Resolution input) {
        boolean actioned = "actioned".equals(input.outcome());
        boolean remove = Boolean.TRUE.equals(input.removeReply());
        if (!actioned && remove) {
            throw ApiException.unprocessable("dismissed_with_action", "A dismissed report does not remove the reply");
        }
        Object[] row = find(reportId);
        ReplyReport report = (ReplyReport) row[0];
        Reply reply = (Reply) row[1];
        if (!ReplyReport.OPEN.equals(report.state())) {
            throw ApiException.conflict("already_resolved", "This report has already been resolved");
        }
        replies.openReportsOf(reply.id()).forEach(r -> r.resolve(input.outcome(), caller.accountId()));
        if (remove) {
            reply.remove();
        }
        replies.flush();
        return view(find(reportId));
    }

    private Object[] find(UUID reportId) {
        Set<UUID> schools = service.moderatedSchools();
        if (reportId == null || schools != null && schools.isEmpty()) {
            throw ApiException.notFound("Report " + reportId);
        }
        return replies.reports(null, schools, reportId, null, null, 1).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("Report " + reportId));
    }

    static Replies.Report view(Object[] row) {
        ReplyReport report = (ReplyReport) row[0];
        Reply reply = (Reply) row[1];
        return new Replies.Report(report.id(), report.reason(), report.note(), report.state(), report.createdAt(),
                report.reporterId(), new Replies.View(reply.id(), reply.celebrationId(), reply.authorId(),
                (String) row[2], reply.body(), reply.createdAt()), reply.removedAt() != null, report.resolvedBy(),
                report.resolvedAt());
    }
}
