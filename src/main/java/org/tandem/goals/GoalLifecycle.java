package org.tandem.goals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.tandem.goals.dto.GoalView;
import org.tandem.goals.dto.Revision;
import org.tandem.goals.dto.Transition;
import org.tandem.platform.concurrency.EntityTags;
import org.tandem.platform.outbox.DomainEventType;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/**
 * The lifecycle (proposed → active → achieved or discontinued) and revisions of an active goal's
 * terms. Every change holds the goal's row lock ({@link GoalGuard#hold}), so of two concurrent
 * changes the second sees the first's outcome: a stale {@code If-Match} (412) or a status that no
 * longer allows the move (409). The unique (goal, status) key of the history backs this up.
 */
@ApplicationScoped
@Transactional
public class GoalLifecycle {

    private final GoalRepository goals;
    private final GoalGuard guard;
    private final GoalAccess access;
    private final Event<GoalAchieved> achieved;
    private final Clock clock;
    private final GoalEvents events;

    GoalLifecycle(GoalRepository goals, GoalGuard guard, GoalAccess access, Event<GoalAchieved> achieved, Clock clock,
                  GoalEvents events) {
        this.events = events;
        this.goals = goals;
        this.guard = guard;
        this.access = access;
        this.achieved = achieved;
        this.clock = clock;
    }

    GoalView transition(UUID goalId, Transition.Request request, String ifMatch) {
        GoalGuard.Held held = guard.hold(goalId);
        Goal goal = held.goal();
        EntityTags.checkIfPresent(ifMatch, goal.version());
        GoalStatus from = goal.status();
        String reason = request.reason() == null ? null : request.reason().strip();
        if (request.celebration() != null && request.to() != GoalStatus.ACHIEVED) {
            throw ApiException.validation(List.of(new Problem.FieldError("celebration",
                    "is only for marking a goal achieved")));
        }
        switch (request.to()) {
            case ACTIVE -> {
                requireStatus(goal, request.to(), GoalStatus.PROPOSED);
                if (held.side() == goal.proposedSide()) {
                    throw new ApiException(403, "same_side", "The other side must agree",
                            "This goal was proposed by the " + goal.proposedSide().wire()
                                    + " side; the " + goal.proposedSide().other().wire() + " side agrees to it");
                }
                goal.agree();
            }
            case ACHIEVED -> {
                requireStatus(goal, request.to(), GoalStatus.ACTIVE);
                closePendingRevision(goalId);
                goal.achieve();
            }
            case DISCONTINUED -> {
                requireStatus(goal, request.to(), GoalStatus.PROPOSED, GoalStatus.ACTIVE);
                if (reason == null || reason.isEmpty()) {
                    throw ApiException.validation(List.of(new Problem.FieldError("reason",
                            "is required to discontinue a goal")));
                }
                closePendingRevision(goalId);
                goal.discontinue(reason);
            }
            case PROPOSED, WITHDRAWN -> throw ApiException.validation(List.of(new Problem.FieldError("to",
                    "must be active, achieved or discontinued (a proposal is withdrawn with DELETE /api/v1/goals/"
                            + goalId + ")")));
        }
        goals.record(new GoalTransition(goalId, from, request.to(), access.me(), held.side(),
                reason));
        if (request.to() == GoalStatus.ACTIVE) {
            events.publish(DomainEventType.GOAL_AGREED, goal, access.me(), held.side());
        }
        if (request.to() == GoalStatus.ACHIEVED) {
            events.publish(DomainEventType.GOAL_ACHIEVED, goal, access.me(), held.side());
            goals.flush();
            achieved.fire(new GoalAchieved(goal.tenantId(), goalId, goal.studentId(), goal.title(), goal.category(),
                    goal.confidential(), access.me(), held.side(), clock.instant(), request.celebration()));
        }
        return guard.reread(held).view();
    }

    /**
     * Withdraws a goal that is still proposed: the account that made the current proposal, or an
     * administrator of the student's school (a goal proposed in error or improperly), may take it back.
     * Nothing is deleted: the goal stays readable with its history (a transition proposed → withdrawn)
     * and leaves the lists. An agreed goal is never withdrawn; it is discontinued, with a reason.
     */
    GoalView withdraw(UUID goalId, String ifMatch) {
        GoalGuard.Held held = guard.hold(goalId);
        Goal goal = held.goal();
        EntityTags.checkRequired(ifMatch, goal.version());
        boolean proposer = access.me().equals(goal.proposedBy());
        if (!proposer && !access.administers(goal.studentId())) {
            throw ApiException.forbidden("Only the account that proposed this goal (or an administrator of the "
                    + "student's school) withdraws it; the other side declines it by discontinuing it");
        }
        requireStatus(goal, GoalStatus.WITHDRAWN, GoalStatus.PROPOSED);
        goal.withdraw();
        goals.record(new GoalTransition(goalId, GoalStatus.PROPOSED, GoalStatus.WITHDRAWN, access.me(), held.side(),
                null));
        return guard.reread(held).view();
    }

    List<Transition.Entry> history(UUID goalId) {
        guard.read(goalId, "goals.history");
        return goals.history(goalId).stream()
                .map(t -> new Transition.Entry(t.id(), t.fromStatus(), t.toStatus(), t.actorId(), t.side(), t.reason(),
                        t.createdAt()))
                .toList();
    }

    GoalView proposeRevision(UUID goalId, Revision.Request request, String ifMatch) {
        GoalGuard.Held held = guard.hold(goalId);
        Goal goal = held.goal();
        EntityTags.checkRequired(ifMatch, goal.version());
        if (goal.status() != GoalStatus.ACTIVE) {
            throw ApiException.conflict("goal_not_active", "Only an active goal's terms are revised; a proposed goal "
                    + "is changed directly (PATCH), a closed one not at all");
        }
        if (goals.pendingRevision(goalId).isPresent()) {
            throw ApiException.conflict("revision_pending", "A revision already awaits a decision");
        }
        GoalTerms terms = GoalRules.revised(goal.terms().measure(), request.startDate(), request.targetDate(),
                request.target());
        if (terms.sameAs(goal.terms())) {
            throw ApiException.validation(List.of(new Problem.FieldError("startDate", "the revision changes nothing")));
        }
        goals.propose(new GoalRevision(goalId, access.me(), held.side(), terms,
                request.note() == null ? null : request.note().strip()));
        goal.awaitRevision(held.side().other());
        return guard.reread(held).view();
    }

    GoalView decideRevision(UUID goalId, UUID revisionId, Revision.Decision decision, String ifMatch) {
        GoalGuard.Held held = guard.hold(goalId);
        Goal goal = held.goal();
        EntityTags.checkIfPresent(ifMatch, goal.version());
        GoalRevision revision = goals.revision(goalId, revisionId)
                .orElseThrow(() -> ApiException.notFound("Revision " + revisionId));
        if (revision.status() != RevisionStatus.PENDING) {
            throw ApiException.conflict("revision_decided", "This revision was already " + revision.status().wire());
        }
        boolean mine = revision.side() == held.side();
        switch (decision.decision()) {
            case "withdraw" -> {
                if (!mine) {
                    throw ApiException.forbidden("Only the side that proposed a revision withdraws it");
                }
                revision.decide(RevisionStatus.WITHDRAWN, access.me());
                goal.awaitRevision(null);
            }
            case "accept", "decline" -> {
                if (mine) {
                    throw new ApiException(403, "same_side", "The other side must decide",
                            "The " + revision.side().other().wire() + " side accepts or declines this revision");
                }
                boolean accept = decision.decision().equals("accept");
                revision.decide(accept ? RevisionStatus.ACCEPTED : RevisionStatus.DECLINED, access.me());
                if (accept) {
                    goal.revise(revision.terms(goal.terms().measure()));
                    events.publish(DomainEventType.GOAL_REVISED, goal, access.me(), held.side(),
                            java.util.Map.of("revisionId", revisionId.toString()));
                } else {
                    goal.awaitRevision(null);
                }
            }
            default -> throw ApiException.invalidParameter("decision", "must be accept, decline or withdraw");
        }
        return guard.reread(held).view();
    }

    private void closePendingRevision(UUID goalId) {
        goals.pendingRevision(goalId).ifPresent(r -> r.decide(RevisionStatus.WITHDRAWN, access.me()));
    }

    private static void requireStatus(Goal goal, GoalStatus to, GoalStatus... allowed) {
        for (GoalStatus status : allowed) {
            if (goal.status() == status) {
                return;
            }
        }
        throw ApiException.conflict("invalid_transition", "A goal cannot go from " + goal.status().wire() + " to "
                + to.wire());
    }
}
