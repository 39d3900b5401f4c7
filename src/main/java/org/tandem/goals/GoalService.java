package org.tandem.goals;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.goals.dto.GoalChanges;
import org.tandem.goals.dto.GoalView;
import org.tandem.goals.dto.NewGoal;
import org.tandem.platform.concurrency.EntityTags;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.outbox.DomainEventType;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/** Proposing, describing and reading goals. Reads are written to the audit log, so every method writes. */
@ApplicationScoped
@Transactional
public class GoalService {

    private final GoalRepository goals;
    private final GoalReads reads;
    private final GoalAccess access;
    private final GoalGuard guard;
    private final CursorCodec cursors;
    private final MergePatch mergePatch;
    private final GoalEvents events;

    GoalService(GoalRepository goals, GoalReads reads, GoalAccess access, GoalGuard guard, CursorCodec cursors,
                MergePatch mergePatch, GoalEvents events) {
        this.events = events;
        this.goals = goals;
        this.reads = reads;
        this.access = access;
        this.guard = guard;
        this.cursors = cursors;
        this.mergePatch = mergePatch;
    }

    GoalView propose(UUID studentId, NewGoal input) {
        GoalAccess.Reach reach = access.requireStudent(studentId);
        Side side = reach.sideFor(studentId);
        List<UUID> assigned = input.assignedStaffIds() == null ? List.of() : input.assignedStaffIds();
        if (side == Side.FAMILY && (input.isConfidential() || !assigned.isEmpty())) {
            throw ApiException.forbidden("Only the school side marks a goal confidential or assigns staff to it");
        }
        int milestoneCount = input.milestones() == null ? 0 : input.milestones().size();
        GoalTerms terms = GoalRules.terms(input.startDate(), input.targetDate(), input.target(), milestoneCount);
        Goal goal = new Goal(studentId, access.me(), side, terms);
        goal.describe(input.title().strip(), input.description(), input.category(), input.homeSupport(),
                input.schoolSupport(), input.isConfidential());
        goals.persist(goal);
        for (int i = 0; i < milestoneCount; i++) {
            goals.addMilestone(new GoalMilestone(goal.id(), i + 1, input.milestones().get(i).strip()));
        }
        goals.flush();
        goals.assignStaff(goal.id(), staffToAssign(studentId, assigned, input.isConfidential()));
        goals.record(new GoalTransition(goal.id(), null, GoalStatus.PROPOSED, access.me(), side, null));
        events.publish(DomainEventType.GOAL_PROPOSED, goal, access.me(), side);
        return guard.reread(new GoalGuard.Held(goal, reach, side)).view();
    }

    /** One goal: one statement (access, the goal and its audit event), outside a transaction. */
    @Transactional(Transactional.TxType.SUPPORTS)
    GoalView get(UUID goalId) {
        return guard.read(goalId, "goals.read").row().view();
    }

    /** A student's goals: one statement (access, the page and its audit event), outside a transaction. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<GoalView> ofStudent(UUID studentId, GoalReads.Filter filter, PageRequest page) {
        String list = "goals:student:" + studentId + ":" + filter.fingerprint();
        GoalReads.Position after = cursors.decode(list, page.cursor(), GoalReads.Position.class);
        List<GoalRow> rows = studentId == null ? null
                : reads.ofStudent(access.sight(), studentId, filter, after, page.fetchSize()).orElse(null);
        if (rows == null) {
            throw ApiException.notFound("Student " + studentId);
        }
        return Page.of(rows, page, GoalRow::view, row -> cursors.encode(list, position(row)));
    }

    /**
     * "My goals": across a guardian's children and the students of the classes a teacher teaches now.
     * One statement (access, the page and one audit event per student on it), outside a transaction.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<GoalView> mine(GoalReads.Filter filter, PageRequest page) {
        String list = "goals:mine:" + filter.fingerprint();
        GoalReads.Position after = cursors.decode(list, page.cursor(), GoalReads.Position.class);
        List<GoalRow> rows = reads.mine(access.sight(), filter, after, page.fetchSize(), page.limit());
        return Page.of(rows, page, GoalRow::view, row -> cursors.encode(list, position(row)));
    }

    /** A merge patch of the goal's description; its terms change here only while it is proposed. */
    GoalView change(UUID goalId, JsonNode patch, String ifMatch) {
        GoalGuard.Held held = guard.hold(goalId);
        Goal goal = held.goal();
        EntityTags.checkRequired(ifMatch, goal.version());
        GoalTerms terms = goal.terms();
        List<UUID> assigned = goals.assignedStaff(goalId);
        GoalChanges current = new GoalChanges(goal.title(), goal.description(), goal.category(), goal.homeSupport(),
                goal.schoolSupport(), goal.confidential(), assigned, terms.startDate(), terms.targetDate(),
                GoalViews.target(terms));
        GoalChanges next = mergePatch.apply(current, patch, GoalChanges.class);
        if (goal.status() != GoalStatus.PROPOSED && goal.status() != GoalStatus.ACTIVE) {
            throw ApiException.conflict("goal_closed", "An " + goal.status().wire() + " goal cannot be changed");
        }
        boolean staffChanged = !Set.copyOf(next.assignedStaffIds()).equals(Set.copyOf(assigned));
        if (held.side() == Side.FAMILY && (next.confidential() != goal.confidential() || staffChanged)) {
            throw ApiException.forbidden("Only the school side marks a goal confidential or assigns staff to it");
        }
        GoalTerms nextTerms = GoalRules.revised(terms.measure(), next.startDate(), next.targetDate(), next.target());
        if (!nextTerms.sameAs(terms)) {
            if (goal.status() == GoalStatus.ACTIVE) {
                throw ApiException.conflict("revision_required", "The terms of an active goal change through a "
                        + "revision the other side accepts: POST /api/v1/goals/" + goalId + "/revisions");
            }
            goal.counterPropose(access.me(), held.side(), nextTerms);
        }
        goal.describe(next.title().strip(), next.description(), next.category(), next.homeSupport(),
                next.schoolSupport(), next.confidential());
        if (staffChanged || next.confidential() != current.confidential()) {
            goals.assignStaff(goalId, staffToAssign(goal.studentId(), next.assignedStaffIds(), next.confidential()));
        }
        return guard.reread(held).view();
    }

    /**
     * The staff to assign: active staff of the student's school (others are a 422). A teacher who
     * makes a goal confidential is assigned to it, so it does not vanish from their own view.
     */
    private List<UUID> staffToAssign(UUID studentId, List<UUID> requested, boolean confidential) {
        Set<UUID> staff = new LinkedHashSet<>(requested);
        List<UUID> strangers = access.notStaffOfStudentsSchool(studentId, staff);
        if (!strangers.isEmpty()) {
            throw ApiException.validation(List.of(new Problem.FieldError("assignedStaffIds",
                    "must be staff of the student's school: " + strangers)));
        }
        if (confidential && !access.isAdministrator()) {
            access.staffRecordAt(studentId).ifPresent(staff::add);
        }
        return new ArrayList<>(staff);
    }

    private static GoalReads.Position position(GoalRow row) {
        return new GoalReads.Position(row.attention(), row.view().targetDate(), row.view().id());
    }
}
