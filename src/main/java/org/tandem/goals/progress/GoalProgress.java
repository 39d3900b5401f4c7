package org.tandem.goals.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tandem.goals.GoalGuard;
import org.tandem.goals.GoalRow;
import org.tandem.goals.MeasureKind;
import org.tandem.goals.dto.GoalView;
import org.tandem.goals.dto.TargetMeasure;

/**
 * A goal's progress view: the goal, the caller's access to it, its audit event and its valued
 * check-ins in one plain statement ({@link GoalGuard#readWithSeries}), outside a transaction, then
 * {@link ProgressMath}. "Today" is the day in the student's school's time zone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GoalProgress {

    private final GoalGuard guard;
    private final Clock clock;

    GoalProgress(GoalGuard guard, Clock clock) {
        this.guard = guard;
        this.clock = clock;
    }

    ProgressView of(UUID goalId) {
        GoalRow row = guard.readWithSeries(goalId, "goals.progress");
        GoalView goal = row.view();
        LocalDate today = LocalDate.ofInstant(clock.instant(), row.zone());
        if (goal.measure() == MeasureKind.MILESTONES) {
            int done = (int) goal.milestones().stream().filter(m -> m.doneAt() != null).count();
            int total = goal.milestones().size();
            Outlook outlook = ProgressMath.ofMilestones(goal.startDate(), goal.targetDate(), today, done, total);
            return new ProgressView(goalId, goal.measure(), goal.startDate(), goal.targetDate(), today, null, null, null,
                    null, List.of(), null, ProgressMath.percent(total == 0 ? 0 : (double) done / total), null, outlook,
                    null, new ProgressView.MilestoneCount(done, total));
        }
        GoalRow.Series valued = row.series();
        List<ProgressMath.Point> points = new ArrayList<>(valued.days().length);
        List<ProgressView.SeriesPoint> series = new ArrayList<>(valued.days().length);
        for (int i = 0; i < valued.days().length; i++) {
            LocalDate date = goal.startDate().plusDays(valued.days()[i]);
            points.add(new ProgressMath.Point(date, valued.values()[i]));
            series.add(new ProgressView.SeriesPoint(valued.checkInIds().get(i), date, valued.days()[i], valued.values()[i]));
        }
        TargetMeasure t = goal.target();
        ProgressMath.TargetProgress p = ProgressMath.ofTarget(goal.startDate(), goal.targetDate(), t.baseline(),
                t.target(), t.masteryCount(), points);
        ProgressView.Trend trend = p.trend() == null ? null : new ProgressView.Trend(p.trend().slopePerDay(),
                p.trend().slopePerDay() * 7, p.trend().intercept(), p.projectedAtTarget(),
                List.of(new ProgressView.LinePoint(goal.startDate(), p.trend().intercept()),
                        new ProgressView.LinePoint(goal.targetDate(), p.projectedAtTarget())));
        ProgressView.Mastery mastery = t.masteryCount() == null ? null
                : new ProgressView.Mastery(t.masteryCount(), p.masteryStreak(), p.masteryMet());
        return new ProgressView(goalId, goal.measure(), goal.startDate(), goal.targetDate(), today, t.baseline(),
                t.target(), t.unit(), t.direction(), series, p.latest(), p.percentOfWay(), trend, p.outlook(), mastery,
                null);
    }
}
