package org.tandem.celebrations.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tandem.celebrations.CelebrationAccess;
import org.tandem.goals.GoalAccess;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;

/**
 * A student's timeline for those who may see the student's goals and celebrations. A caller who is
 * only a guardian is decided by their current link, read in one plain statement; others through
 * {@link CelebrationAccess}. The read is written to the student's audit log.
 */
@ApplicationScoped
@Transactional
public class TimelineService {

    private final TimelineReads reads;
    private final CelebrationAccess access;
    private final CursorCodec cursors;

    TimelineService(TimelineReads reads, CelebrationAccess access, CursorCodec cursors) {
        this.reads = reads;
        this.access = access;
        this.cursors = cursors;
    }

    Page<TimelineItem> of(UUID studentId, PageRequest page) {
        GoalAccess.Reach reach;
        if (access.guardianOnly()) {
            reach = GoalAccess.Reach.ofLink(studentId, reads.link(access.me(), studentId).orElse(null));
            if (!reach.students().contains(studentId)) {
                throw ApiException.notFound("Student " + studentId);
            }
        } else {
            reach = access.requireStudent(studentId);
        }
        String list = "timeline:" + studentId;
        TimelineReads.Position before = cursors.decode(list, page.cursor(), TimelineReads.Position.class);
        var rows = reads.page(studentId, reach.allConfidential().contains(studentId), reach.staffIds(), access.me(),
                before, page.fetchSize());
        access.recordRead(studentId, reach, "celebrations.timeline");
        return Page.of(rows, page, item -> item,
                item -> cursors.encode(list, new TimelineReads.Position(item.at(), item.id())));
    }
}
