package org.tandem.messaging;

import org.tandem.messaging.dto.ThreadView;

/** Builds the caller's view of a thread. */
final class ThreadViews {

    private static final int SNIPPET = 140;

    private ThreadViews() {
    }

    static ThreadView of(MessageThread t, Participant me, Message last) {
        boolean canPost = !t.locked()
                && !(t.kind() == ThreadKind.ANNOUNCEMENT && Membership.GUARDIAN.equals(me.role()));
        ThreadView.MessagePreview preview = last == null ? null : new ThreadView.MessagePreview(last.id(), last.seq(),
                last.authorId(), last.deleted() ? null : snippet(last.body()), last.deleted(), last.createdAt());
        return new ThreadView(t.id(), t.kind().wire(), t.subject(), t.studentId(), t.classId(), t.createdBy(),
                t.locked(), t.lastSeq(), t.lastActivityAt(), me.unreadCount(), me.lastReadSeq(), me.archived(),
                me.muted(), me.starred(), canPost, preview, t.version());
    }

    private static String snippet(String body) {
        return body.length() <= SNIPPET ? body : body.substring(0, SNIPPET - 1) + "…";
    }
}
