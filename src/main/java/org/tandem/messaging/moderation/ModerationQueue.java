package org.tandem.messaging.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
import org.tandem.messaging.thread.MessageThread;
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

    private static final String IN_SCOPE = """
             AND EXISTS (SELECT 1 FROM MessageThread t WHERE t.id = m.threadId AND (
                   t.audienceSchoolId IN :schools
                   OR EXISTS (SELECT 1 FROM Student s WHERE s.id = t.studentId AND s.schoolId IN :schools)
                   OR EXISTS (SELECT 1 FROM SchoolClass c WHERE c.id = t.classId AND c.schoolId IN :schools)
                   OR EXISTS (SELECT 1 FROM Participant p, Staff st WHERE p.threadId = t.id AND p.role = 'staff'
                              AND st.accountId = p.accountId AND st.active = true AND st.schoolId IN :schools)))""";

    private final EntityManager em;
    private final Caller caller;
    private final CursorCodec cursors;
    private final MessageService messages;
    private final AccessPolicy access;
    private final Clock clock;

    ModerationQueue(EntityManager em, Caller caller, CursorCodec cursors, MessageService messages, AccessPolicy access,
                    Clock clock) {
        this.em = em;
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
        var query = em.createQuery(ReportViews.SELECT + " WHERE r.state = :state"
                        + (schools == null ? "" : " " + IN_SCOPE)
                        + (after == null ? "" : " AND (r.createdAt > :at OR (r.createdAt = :at AND r.id > :id))")
                        + " ORDER BY r.createdAt, r.id", Object[].class)
                .setParameter("state", state).setMaxResults(page.fetchSize());
        if (schools != null) query.setParameter("schools", schools);
        if (after != null) query.setParameter("at", after.at()).setParameter("id", after.id());
        return Page.of(query.getResultList(), page, ReportViews::of,
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
        int resolved = em.createQuery("""
                        UPDATE MessageReport r SET r.state = :outcome, r.resolvedBy = :me, r.resolvedAt = :now,
                               r.version = r.version + 1
                        WHERE r.messageId = :message AND r.state = 'open'""")
                .setParameter("outcome", input.outcome()).setParameter("me", caller.accountId())
                .setParameter("now", clock.instant()).setParameter("message", report.messageId()).executeUpdate();
        if (resolved == 0) {
            throw alreadyResolved(); // another administrator, a moment ago
        }
        if (lock) {
            em.find(MessageThread.class, message.threadId()).lock(true);
        }
        if (remove && !message.deleted()) {
            messages.tombstone(message);
        }
        em.flush();
        em.clear();
        return ReportViews.of(find(reportId));
    }

    private Object[] find(UUID reportId) {
        Set<UUID> schools = access.administeredSchools().orElse(null);
        if (schools != null && schools.isEmpty()) {
            throw ApiException.notFound("Report " + reportId);
        }
        var query = em.createQuery(ReportViews.SELECT + " WHERE r.id = :id" + (schools == null ? "" : " " + IN_SCOPE),
                Object[].class).setParameter("id", reportId);
        if (schools != null) query.setParameter("schools", schools);
        return query.getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("Report " + reportId));
    }

    private static ApiException alreadyResolved() {
        return ApiException.conflict("already_resolved", "This report has already been resolved");
    }
}
