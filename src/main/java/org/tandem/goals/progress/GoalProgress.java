package org.tandem.goals.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.goals.GoalGuard;
import org.tandem.goals.MeasureKind;
import org.tandem.goals.dto.GoalView;
import org.tandem.goals.dto.TargetMeasure;
import org.tandem.platform.persistence.Sql;

/** A goal's progress view: the goal and its valued check-ins in two plain statements, then {@link ProgressMath}. */
@ApplicationScoped
@Transactional
public class GoalProgress {

    private record Valued(UUID checkInId, LocalDate date, double value) {
    }

    private final GoalGuard guard;
    private final Sql sql;
    private final Clock clock;

    GoalProgress(GoalGuard guard, Sql sql, Clock clock) {
        this.guard = guard;
        this.sql = sql;
        this.clock = clock;
    }

    ProgressView of(UUID goalId) {
        GoalView goal = guard.read(goalId, "goals.progress").row().view();
        LocalDate today = LocalDate.now(clock);
        if (goal.measure() == MeasureKind.MILESTONES) {
            int done = (int) goal.milestones().stream().filter(m -> m.doneAt() != null).count();
            int total = goal.milestones().size();
            Outlook outlook = ProgressMath.ofMilestones(goal.startDate(), goal.targetDate(), today, done, total);
            return new ProgressView(goalId, goal.measure(), goal.startDate(), goal.targetDate(), today, null, null, null,
                    null, List.of(), null, ProgressMath.percent(total == 0 ? 0 : (double) done / total), null, outlook,
                    null, new ProgressView.MilestoneCount(done, total));
        }
        List<Valued> valued = sql.list("""
                        SELECT id, on_date, value FROM goal_check_in
                        WHERE tenant_id = ? AND goal_id = ? AND value IS NOT NULL
                        ORDER BY on_date, created_at, id""",
                rs -> new Valued(Sql.uuid(rs, "id"), rs.getObject("on_date", LocalDate.class), rs.getDouble("value")),
                sql.tenant(), goalId);
        TargetMeasure t = goal.target();
        List<ProgressMath.Point> points = valued.stream().map(v -> new ProgressMath.Point(v.date(), v.value())).toList();
        ProgressMath.TargetProgress p = ProgressMath.ofTarget(goal.startDate(), goal.targetDate(), t.baseline(),
                t.target(), t.masteryCount(), points);
        ProgressView.Trend trend = p.trend() == null ? null : new ProgressView.Trend(p.trend().slopePerDay(),
                p.trend().slopePerDay() * 7, p.trend().intercept(), p.projectedAtTarget(),
                List.of(new ProgressView.LinePoint(goal.startDate(), p.trend().intercept()),
                        new ProgressView.LinePoint(goal.targetDate(), p.projectedAtTarget())));
        List<ProgressView.SeriesPoint> series = valued.stream().map(v -> new ProgressView.SeriesPoint(v.checkInId(),
                v.date(), ProgressMath.day(goal.startDate(), v.date()), v.value())).toList();
        ProgressView.Mastery mastery = t.masteryCount() == null ? null
                : new ProgressView.Mastery(t.masteryCount(), p.masteryStreak(), p.masteryMet());
        return new ProgressView(goalId, goal.measure(), goal.startDate(), goal.targetDate(), today, t.baseline(),
                t.target(), t.unit(), t.direction(), series, p.latest(), p.percentOfWay(), trend, p.outlook(), mastery,
                null);
    }
}
