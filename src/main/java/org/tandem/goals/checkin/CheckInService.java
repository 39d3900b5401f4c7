package org.tandem.goals.checkin;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.goals.Goal;
import org.tandem.goals.GoalAccess;
import org.tandem.goals.GoalEvents;
import org.tandem.goals.GoalGuard;
import org.tandem.goals.GoalMilestone;
import org.tandem.goals.GoalReads;
import org.tandem.goals.GoalRepository;
import org.tandem.goals.GoalSettings;
import org.tandem.goals.GoalStatus;
import org.tandem.goals.MeasureKind;
import org.tandem.platform.concurrency.EntityTags;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.outbox.DomainEventType;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/**
 * Check-ins on an active goal from either side, their edits by the author within the edit window,
 * and comments under them. A check-in holds the goal's row lock, so it never lands on a goal that a
 * concurrent transition has just closed.
 */
@ApplicationScoped
@Transactional
public class CheckInService {

    private final CheckInRepository checkIns;
    private final GoalRepository goals;
    private final GoalGuard guard;
    private final GoalAccess access;
    private final CursorCodec cursors;
    private final MergePatch mergePatch;
    private final Clock clock;
    private final Duration editWindow;
    private final GoalReads reads;
    private final GoalEvents events;

    CheckInService(CheckInRepository checkIns, GoalRepository goals, GoalGuard guard, GoalAccess access,
                   CursorCodec cursors, MergePatch mergePatch, Clock clock, GoalSettings settings, GoalReads reads,
                   GoalEvents events) {
        this.events = events;
        this.reads = reads;
        this.checkIns = checkIns;
        this.goals = goals;
        this.guard = guard;
        this.access = access;
        this.cursors = cursors;
        this.mergePatch = mergePatch;
        this.clock = clock;
        this.editWindow = settings.checkInEditWindow();
    }

    CheckIns.View post(UUID goalId, CheckIns.New input) {
        GoalGuard.Held held = guard.hold(goalId);
        Goal goal = held.goal();
        requireActive(goal);
        LocalDate today = today(goal);
        LocalDate date = input.date() != null ? input.date() : today;
        List<UUID> ticks = input.milestoneIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(input.milestoneIds()));
        String note = blankToNull(input.note());
        List<Problem.FieldError> errors = new ArrayList<>();
        checkDate(goal, date, today, errors);
        checkValue(goal, input.value(), errors);
        if (input.value() == null && note == null && ticks.isEmpty()) {
            errors.add(new Problem.FieldError("value", "a value, a note or a milestone ticked off is required"));
        }
        List<GoalMilestone> ticked = milestones(goal, ticks, errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        CheckIn checkIn = new CheckIn(goalId, access.me(), held.side(), date, input.value(), note);
        checkIns.persist(checkIn);
        checkIns.flush();
        ticked.forEach(m -> m.tick(checkIn.id()));
        events.publish(DomainEventType.GOAL_CHECKED_IN, goal, access.me(), held.side(),
                java.util.Map.of("checkInId", checkIn.id().toString()));
        return checkIns.view(goalId, checkIn.id()).orElseThrow();
    }

    Page<CheckIns.View> list(UUID goalId, PageRequest page) {
        guard.read(goalId, "goals.check-ins");
        String list = "goal-check-ins:" + goalId;
        CheckInRepository.Position after = cursors.decode(list, page.cursor(), CheckInRepository.Position.class);
        return Page.of(checkIns.page(goalId, after, page.fetchSize()), page, Function.identity(),
                c -> cursors.encode(list, new CheckInRepository.Position(c.date(), c.createdAt(), c.id())));
    }

    CheckIns.View get(UUID goalId, UUID checkInId) {
        guard.read(goalId, "goals.check-ins");
        return checkIns.view(goalId, checkInId).orElseThrow(() -> notFound(checkInId));
    }

    /** The author edits date, value or note within the edit window, while the goal is active (If-Match required). */
    CheckIns.View edit(UUID goalId, UUID checkInId, JsonNode patch, String ifMatch) {
        GoalGuard.Held held = guard.hold(goalId);
        CheckIn checkIn = checkIns.ofGoal(goalId, checkInId).orElseThrow(() -> notFound(checkInId));
        EntityTags.checkRequired(ifMatch, checkIn.version());
        CheckIns.Changes next = mergePatch.apply(new CheckIns.Changes(checkIn.onDate(), checkIn.value(), checkIn.note()),
                patch, CheckIns.Changes.class);
        if (!checkIn.authorId().equals(access.me())) {
            throw ApiException.forbidden("Only the author edits a check-in");
        }
        if (clock.instant().isAfter(checkIn.createdAt().plus(editWindow))) {
            throw ApiException.conflict("edit_window_closed", "A check-in can be edited for "
                    + editWindow.toHours() + " hours after it is written");
        }
        requireActive(held.goal());
        List<Problem.FieldError> errors = new ArrayList<>();
        checkDate(held.goal(), next.date(), today(held.goal()), errors);
        checkValue(held.goal(), next.value(), errors);
        String note = blankToNull(next.note());
        boolean ticks = goals.milestones(goalId).stream().anyMatch(m -> checkInId.equals(m.doneIn()));
        if (next.value() == null && note == null && !ticks) {
            errors.add(new Problem.FieldError("value", "a value, a note or a milestone ticked off is required"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        checkIn.edit(next.date(), next.value(), note);
        return checkIns.view(goalId, checkInId).orElseThrow();
    }

    CheckIns.Comment comment(UUID goalId, UUID checkInId, CheckIns.NewComment input) {
        guard.hold(goalId);
        checkIns.ofGoal(goalId, checkInId).orElseThrow(() -> notFound(checkInId));
        CheckInComment comment = new CheckInComment(checkInId, access.me(), input.body().strip());
        checkIns.comment(comment);
        checkIns.flush();
        return view(comment);
    }

    Page<CheckIns.Comment> comments(UUID goalId, UUID checkInId, PageRequest page) {
        guard.read(goalId, "goals.check-ins");
        checkIns.ofGoal(goalId, checkInId).orElseThrow(() -> notFound(checkInId));
        String list = "goal-check-in-comments:" + checkInId;
        CheckInRepository.CommentPosition after = cursors.decode(list, page.cursor(),
                CheckInRepository.CommentPosition.class);
        return Page.of(checkIns.comments(checkInId, after, page.fetchSize()), page, CheckInService::view,
                k -> cursors.encode(list, new CheckInRepository.CommentPosition(k.createdAt(), k.id())));
    }

    private static CheckIns.Comment view(CheckInComment k) {
        return new CheckIns.Comment(k.id(), k.checkInId(), k.authorId(), k.body(), k.createdAt());
    }

    private static void requireActive(Goal goal) {
        if (goal.status() != GoalStatus.ACTIVE) {
            throw ApiException.conflict("goal_not_active", "Check-ins go on active goals; this one is "
                    + goal.status().wire());
        }
    }

    /** Today where the student's school is: a check-in's default date and the last one allowed. */
    private LocalDate today(Goal goal) {
        return LocalDate.ofInstant(clock.instant(), reads.zoneOfStudent(goal.studentId()));
    }

    private static void checkDate(Goal goal, LocalDate date, LocalDate today, List<Problem.FieldError> errors) {
        if (date.isBefore(goal.terms().startDate())) {
            errors.add(new Problem.FieldError("date", "must not be before the goal's start date"));
        } else if (date.isAfter(today)) {
            errors.add(new Problem.FieldError("date", "must not be in the future"));
        }
    }

    private static void checkValue(Goal goal, Double value, List<Problem.FieldError> errors) {
        if (value == null) {
            return;
        }
        if (goal.terms().measure() != MeasureKind.TARGET) {
            errors.add(new Problem.FieldError("value", "is for goals with a target; tick milestones instead"));
        } else if (!Double.isFinite(value) || Math.abs(value) > 1e12) {
            errors.add(new Problem.FieldError("value", "must be a finite number"));
        }
    }

    private List<GoalMilestone> milestones(Goal goal, List<UUID> ids, List<Problem.FieldError> errors) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (goal.terms().measure() != MeasureKind.MILESTONES) {
            errors.add(new Problem.FieldError("milestoneIds", "are for goals with milestones"));
            return List.of();
        }
        Map<UUID, GoalMilestone> own = goals.milestones(goal.id()).stream()
                .collect(Collectors.toMap(GoalMilestone::id, m -> m));
        Set<UUID> unknown = new LinkedHashSet<>();
        List<GoalMilestone> ticked = new ArrayList<>();
        for (UUID id : ids) {
            GoalMilestone m = own.get(id);
            if (m == null) {
                unknown.add(id);
            } else if (m.done()) {
                errors.add(new Problem.FieldError("milestoneIds", "milestone " + id + " is already ticked off"));
            } else {
                ticked.add(m);
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(new Problem.FieldError("milestoneIds", "are not milestones of this goal: " + unknown));
        }
        return ticked;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ApiException notFound(UUID checkInId) {
        return ApiException.notFound("Check-in " + checkInId);
    }
}
