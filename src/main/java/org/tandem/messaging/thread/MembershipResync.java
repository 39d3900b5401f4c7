package org.tandem.messaging.thread;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.tandem.directory.StudentLinksChanged;

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
}
