package org.tandem.goals.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress computation of docs/goals.md, without HTTP or a database. */
class ProgressMathTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate TARGET = START.plusDays(100);

    private static ProgressMath.Point p(int day, double value) {
        return new ProgressMath.Point(START.plusDays(day), value);
    }

    @Test
    void leastSquaresOfAPerfectLine() {
        ProgressMath.Line line = ProgressMath.trend(START, List.of(p(0, 10), p(10, 15), p(20, 20)));
        assertEquals(0.5, line.slopePerDay(), 1e-12);
        assertEquals(10, line.intercept(), 1e-12);
    }

    @Test
    void leastSquaresOfScatteredPoints() {
        // x = 0, 7, 14, 21; y = 50, 54, 53, 60: x̄ = 10.5, ȳ = 54.25, Sxx = 245, Sxy = 101.5 → b = 29/70, a = 49.9.
        ProgressMath.Line line = ProgressMath.trend(START, List.of(p(0, 50), p(7, 54), p(14, 53), p(21, 60)));
        assertEquals(29.0 / 70, line.slopePerDay(), 1e-12);
        assertEquals(49.9, line.intercept(), 1e-12);
    }

    @Test
    void fewerThanThreeValuesOrASpanUnderAWeekIsNotEnoughData() {
        assertNull(ProgressMath.trend(START, List.of(p(0, 50), p(30, 60))));
        assertNull(ProgressMath.trend(START, List.of(p(0, 50), p(3, 55), p(6, 60))));
        assertTrue(ProgressMath.trend(START, List.of(p(0, 50), p(3, 55), p(7, 60))) != null);
        assertEquals(Outlook.NOT_ENOUGH_DATA, ProgressMath.ofTarget(START, TARGET, 50, 90, null,
                List.of(p(0, 50), p(1, 89))).outlook());
    }

    @Test
    void higherIsBetterOnTrackAndBehind() {
        // 50 → 90 over 100 days; +0.4 a day projects exactly 90.
        var onTrack = ProgressMath.ofTarget(START, TARGET, 50, 90, null, List.of(p(0, 50), p(10, 54), p(20, 58)));
        assertEquals(90, onTrack.projectedAtTarget(), 1e-9);
        assertEquals(Outlook.ON_TRACK, onTrack.outlook());
        assertEquals(20.0, onTrack.percentOfWay());
        // 95 % of the way is the threshold: a projection of 88.2 (fraction 0.955) is on track, 87.8 (0.945) behind.
        var edge = ProgressMath.ofTarget(START, TARGET, 50, 90, null, List.of(p(0, 50), p(50, 69.1), p(100, 88.2)));
        assertEquals(Outlook.ON_TRACK, edge.outlook());
        var behind = ProgressMath.ofTarget(START, TARGET, 50, 90, null, List.of(p(0, 50), p(50, 68.9), p(100, 87.8)));
        assertEquals(Outlook.BEHIND, behind.outlook());
    }

    @Test
    void lowerIsBetterCountsTheWayDownward() {
        // 10 absences → 2; now at 6: half way. Falling 0.08 a day reaches 2 at day 100.
        var progress = ProgressMath.ofTarget(START, TARGET, 10, 2, null, List.of(p(0, 10), p(25, 8), p(50, 6)));
        assertEquals(50.0, progress.percentOfWay());
        assertEquals(2, progress.projectedAtTarget(), 1e-9);
        assertEquals(Outlook.ON_TRACK, progress.outlook());
        var rising = ProgressMath.ofTarget(START, TARGET, 10, 2, null, List.of(p(0, 10), p(25, 11), p(50, 12)));
        assertEquals(0.0, rising.percentOfWay());
        assertEquals(Outlook.BEHIND, rising.outlook());
    }

    @Test
    void percentIsClampedAndRoundedToOneDecimal() {
        assertEquals(100.0, ProgressMath.percent(1.7));
        assertEquals(0.0, ProgressMath.percent(-0.3));
        assertEquals(33.3, ProgressMath.percent(1.0 / 3));
        assertEquals(66.7, ProgressMath.percent(2.0 / 3));
    }

    @Test
    void reachingTheTargetIsOnTrackWhateverTheSlope() {
        var progress = ProgressMath.ofTarget(START, TARGET, 50, 90, 2, List.of(p(0, 95), p(10, 93), p(20, 91)));
        assertEquals(Outlook.ON_TRACK, progress.outlook());
        assertEquals(3, progress.masteryStreak());
        assertTrue(progress.masteryMet());
    }

    @Test
    void theMasteryStreakCountsTheLatestValuesInARow() {
        var progress = ProgressMath.ofTarget(START, TARGET, 50, 90, 3, List.of(p(0, 91), p(5, 80), p(10, 90), p(15, 92)));
        assertEquals(2, progress.masteryStreak());
        assertFalse(progress.masteryMet());
    }

    @Test
    void milestonesAgainstTheTimeGone() {
        LocalDate halfway = START.plusDays(50);
        assertEquals(Outlook.ON_TRACK, ProgressMath.ofMilestones(START, TARGET, halfway, 2, 4));
        assertEquals(Outlook.ON_TRACK, ProgressMath.ofMilestones(START, TARGET, START.plusDays(54), 2, 4));
        assertEquals(Outlook.BEHIND, ProgressMath.ofMilestones(START, TARGET, START.plusDays(56), 2, 4));
        assertEquals(Outlook.NOT_ENOUGH_DATA, ProgressMath.ofMilestones(START, TARGET, START.plusDays(9), 0, 4));
        assertEquals(Outlook.BEHIND, ProgressMath.ofMilestones(START, TARGET, START.plusDays(20), 0, 4));
        assertEquals(Outlook.ON_TRACK, ProgressMath.ofMilestones(START, TARGET, TARGET.plusDays(9), 4, 4));
    }
}
