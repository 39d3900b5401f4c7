package org.tandem.goals.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The progress computation of docs/goals.md, free of HTTP and storage so it can be checked alone.
 *
 * <ul>
 *   <li>x = days from the start date to a check-in's date, y = its value; the series is in date order
 *       (then the order they were written).</li>
 *   <li>fraction(v) = (v − baseline) / (target − baseline): 0 at the baseline, 1 at the target, for
 *       higher- and lower-is-better alike (the target lies above or below the baseline accordingly).</li>
 *   <li>percent of the way = fraction(latest value) clamped to [0, 1], × 100, rounded to one decimal.</li>
 *   <li>The trend is the ordinary least-squares line y = a + b·x, computed only with at least
 *       {@value #MIN_POINTS} values spanning at least {@value #MIN_SPAN_DAYS} days; otherwise
 *       there is not enough data.</li>
 *   <li>On track when fraction(projection at the target date) ≥ {@value #ON_TRACK_FRACTION}, or the
 *       latest value already reaches the target; behind otherwise.</li>
 * </ul>
 */
public final class ProgressMath {

    public static final int MIN_POINTS = 3;
    public static final int MIN_SPAN_DAYS = 7;
    public static final double ON_TRACK_FRACTION = 0.95;
    /** Milestone goals: on track while the share done is at most this far below the share of time gone. */
    public static final double MILESTONE_SLACK = 0.05;
    /** Milestone goals: before this share of the time has gone with nothing done, there is not enough data. */
    public static final double MILESTONE_EARLY = 0.10;

    /** A point of the series. */
    public record Point(LocalDate date, double value) {
    }

    /** The least-squares line in days since the start. */
    public record Line(double intercept, double slopePerDay) {
        public double at(double day) {
            return intercept + slopePerDay * day;
        }
    }

    /** The outcome for a goal with a target. */
    public record TargetProgress(Double latest, Double percentOfWay, Line trend, Double projectedAtTarget,
                                 Outlook outlook, Integer masteryStreak, Boolean masteryMet) {
    }

    private ProgressMath() {
    }

    public static long day(LocalDate start, LocalDate date) {
        return ChronoUnit.DAYS.between(start, date);
    }

    public static double fraction(double value, double baseline, double target) {
        return (value - baseline) / (target - baseline);
    }

    public static double percent(double fraction) {
        return Math.round(Math.max(0, Math.min(1, fraction)) * 1000) / 10.0;
    }

    /** The least-squares line through the points, or null without enough data. */
    public static Line trend(LocalDate start, List<Point> points) {
        if (points.size() < MIN_POINTS) {
            return null;
        }
        long minDay = Long.MAX_VALUE;
        long maxDay = Long.MIN_VALUE;
        double sumX = 0;
        double sumY = 0;
        for (Point p : points) {
            long x = day(start, p.date());
            minDay = Math.min(minDay, x);
            maxDay = Math.max(maxDay, x);
            sumX += x;
            sumY += p.value();
        }
        if (maxDay - minDay < MIN_SPAN_DAYS) {
            return null;
        }
        double meanX = sumX / points.size();
        double meanY = sumY / points.size();
        double sxx = 0;
        double sxy = 0;
        for (Point p : points) {
            double dx = day(start, p.date()) - meanX;
            sxx += dx * dx;
            sxy += dx * (p.value() - meanY);
        }
        double slope = sxy / sxx;
        return new Line(meanY - slope * meanX, slope);
    }

    /** Progress of a goal with a target; {@code masteryCount} may be null (no mastery rule). */
    public static TargetProgress ofTarget(LocalDate start, LocalDate targetDate, double baseline, double target,
                                          Integer masteryCount, List<Point> points) {
        Double latest = points.isEmpty() ? null : points.get(points.size() - 1).value();
        Double percent = latest == null ? null : percent(fraction(latest, baseline, target));
        Line line = trend(start, points);
        Double projected = line == null ? null : line.at(day(start, targetDate));
        Outlook outlook;
        if (line == null) {
            outlook = Outlook.NOT_ENOUGH_DATA;
        } else if (fraction(projected, baseline, target) >= ON_TRACK_FRACTION || fraction(latest, baseline, target) >= 1) {
            outlook = Outlook.ON_TRACK;
        } else {
            outlook = Outlook.BEHIND;
        }
        Integer streak = null;
        Boolean met = null;
        if (masteryCount != null) {
            int run = 0;
            for (int i = points.size() - 1; i >= 0 && fraction(points.get(i).value(), baseline, target) >= 1; i--) {
                run++;
            }
            streak = run;
            met = run >= masteryCount;
        }
        return new TargetProgress(latest, percent, line, projected, outlook, streak, met);
    }

    /** Outlook of a milestone goal: the share done against the share of the time gone by {@code today}. */
    public static Outlook ofMilestones(LocalDate start, LocalDate targetDate, LocalDate today, int done, int total) {
        if (total > 0 && done >= total) {
            return Outlook.ON_TRACK;
        }
        double elapsed = Math.max(0, Math.min(1, (double) day(start, today) / day(start, targetDate)));
        if (done == 0 && elapsed < MILESTONE_EARLY) {
            return Outlook.NOT_ENOUGH_DATA;
        }
        return (double) done / total >= elapsed - MILESTONE_SLACK ? Outlook.ON_TRACK : Outlook.BEHIND;
    }
}
