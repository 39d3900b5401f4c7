package org.tandem.goals;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The terms both sides agree to: the dates and the measure. Changing them on an active goal is a
 * revision the other side must accept. For a milestone goal the measure fields are all null.
 */
public record GoalTerms(LocalDate startDate, LocalDate targetDate, MeasureKind measure, Double baseline,
                        Double targetValue, String unit, Direction direction, Integer masteryCount) {

    /** The same measure with other dates. */
    public GoalTerms withDates(LocalDate start, LocalDate target) {
        return new GoalTerms(start, target, measure, baseline, targetValue, unit, direction, masteryCount);
    }

    public boolean sameAs(GoalTerms other) {
        return Objects.equals(this, other);
    }
}
