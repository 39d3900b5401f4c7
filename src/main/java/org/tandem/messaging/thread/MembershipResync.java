package org.tandem.messaging.thread;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.tandem.directory.StudentLinksChanged;
import org.tandem.directory.StudentLinksChangedInBulk;

/** Keeps thread memberships in line with the directory: a changed link takes effect on existing threads. */
@ApplicationScoped
class MembershipResync {

    private final Membership membership;

    MembershipResync(Membership membership) {
        this.membership = membership;
    }

    void onStudentLinksChanged(@Observes StudentLinksChanged change) {
        membership.resyncForStudent(change.studentId());
    }

    /** A roster import: every thread that depends on any of the students is re-synced once. */
    void onStudentLinksChangedInBulk(@Observes StudentLinksChangedInBulk change) {
        membership.resyncForStudents(change.studentIds());
    }
}
