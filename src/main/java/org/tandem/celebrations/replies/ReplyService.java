package org.tandem.celebrations.replies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.celebrations.CelebrationAccess;
import org.tandem.celebrations.CelebrationGuard;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;

/**
 * Replies (short notes of thanks) under a celebration. Anyone who sees the celebration may reply.
 * All replies are seen by the celebration's author, by the student's guardians (a student's
 * celebration seen as family) and by administrators of its school; everyone else sees their own.
 * Whoever sees a reply may report it once, to the administrators' moderation queue.
 */
@ApplicationScoped
@Transactional
public class ReplyService {

    record Position(Instant at, UUID id) {
    }

    private final ReplyRepository replies;
    private final CelebrationGuard guard;
    private final CelebrationAccess access;
    private final AccessPolicy policy;
    private final CursorCodec cursors;

    ReplyService(ReplyRepository replies, CelebrationGuard guard, CelebrationAccess access, AccessPolicy policy,
                 CursorCodec cursors) {
        this.replies = replies;
        this.guard = guard;
        this.access = access;
        this.policy = policy;
        this.cursors = cursors;
    }

    Replies.View reply(UUID celebrationId, Replies.NewReply input) {
        guard.seeOpen(celebrationId);
        Reply reply = new Reply(celebrationId, access.me(), input.body().strip());
        replies.persist(reply);
        replies.flush();
        return new Replies.View(reply.id(), celebrationId, reply.authorId(), replies.nameOf(reply.authorId()),
                reply.body(), reply.createdAt());
    }

    Page<Replies.View> list(UUID celebrationId, PageRequest page) {
        CelebrationGuard.Seen seen = guard.see(celebrationId);
        UUID onlyAuthor = seesAll(seen) ? null : access.me();
        String list = "celebration-replies:" + celebrationId + ":" + access.me();
        Position after = cursors.decode(list, page.cursor(), Position.class);
        List<Object[]> rows = replies.page(celebrationId, onlyAuthor, after == null ? null : after.at(),
                after == null ? null : after.id(), page.fetchSize());
        return Page.of(rows, page, ReplyService::view,
                row -> cursors.encode(list, new Position(((Reply) row[0]).createdAt(), ((Reply) row[0]).id())));
    }

    Replies.Report report(UUID celebrationId, UUID replyId, Replies.NewReport input) {
        CelebrationGuard.Seen seen = guard.see(celebrationId);
        Reply reply = replies.reply(celebrationId, replyId).orElseThrow(() -> ApiException.notFound("Reply " + replyId));
        UUID me = access.me();
        if (!seesAll(seen) && !reply.authorId().equals(me)) {
            throw ApiException.notFound("Reply " + replyId);
        }
        if (reply.authorId().equals(me)) {
            throw ApiException.unprocessable("own_reply", "You cannot report your own reply");
        }
        if (replies.reportedBy(replyId, me)) {
            throw alreadyReported();
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        ReplyReport report = new ReplyReport(replyId, me, input.reason(), note);
        try {
            replies.persistReport(report);
            replies.flush();
        } catch (PersistenceException e) {
            throw alreadyReported(); // the same reporter, concurrently: the unique key decided
        }
        return ReplyModeration.view(new Object[] {report, reply, replies.nameOf(reply.authorId())});
    }

    private boolean seesAll(CelebrationGuard.Seen seen) {
        return seen.row().view().authorId().equals(access.me()) || access.administers(seen.row().schoolId())
                || (seen.row().studentId() != null && seen.family());
    }

    static Replies.View view(Object[] row) {
        Reply reply = (Reply) row[0];
        return new Replies.View(reply.id(), reply.celebrationId(), reply.authorId(), (String) row[1], reply.body(),
                reply.createdAt());
    }

    private static ApiException alreadyReported() {
        return ApiException.conflict("already_reported", "You have already reported this reply");
    }

    /** The schools whose reports the caller moderates; null for all (a district admin). */
    Set<UUID> moderatedSchools() {
        return policy.administeredSchools().orElse(null);
    }
}
