package org.tandem.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tandem.goals.dto.TargetMeasure;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/** The rules of valid terms that single fields cannot state; a breach is a 422 naming every field at fault. */
final class GoalRules {

    /** How far ahead a target date may lie. */
    static final int MAX_YEARS = 3;

    private GoalRules() {
    }

    /** Terms from a request: dates and either a target or milestones ({@code milestoneCount} > 0). */
    static GoalTerms terms(LocalDate start, LocalDate target, TargetMeasure measure, int milestoneCount) {
        List<Problem.FieldError> errors = new ArrayList<>();
        checkDates(start, target, errors);
        if (measure == null && milestoneCount == 0) {
            errors.add(new Problem.FieldError("target", "or milestones must be given"));
        } else if (measure != null && milestoneCount > 0) {
            errors.add(new Problem.FieldError("milestones", "cannot be given with a target"));
        }
        if (measure != null) {
            checkTarget(measure, errors);
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return measure == null
                ? new GoalTerms(start, target, MeasureKind.MILESTONES, null, null, null, null, null)
                : new GoalTerms(start, target, MeasureKind.TARGET, measure.baseline(), measure.target(),
                measure.unit().strip(), measure.direction(), measure.masteryCount());
    }

    /** New terms for a goal measured as {@code kind}: a target goal keeps a target, a milestone goal has none. */
    static GoalTerms revised(MeasureKind kind, LocalDate start, LocalDate target, TargetMeasure measure) {
        if (kind == MeasureKind.MILESTONES && measure != null) {
            throw ApiException.validation(List.of(new Problem.FieldError("target",
                    "cannot be given for a goal measured by milestones")));
        }
        if (kind == MeasureKind.TARGET && measure == null) {
            throw ApiException.validation(List.of(new Problem.FieldError("target", "must be given")));
        }
        return terms(start, target, measure, kind == MeasureKind.MILESTONES ? 1 : 0);
    }

    private static void checkDates(LocalDate start, LocalDate target, List<Problem.FieldError> errors) {
        if (!target.isAfter(start)) {
            errors.add(new Problem.FieldError("targetDate", "must be after the start date"));
        } else if (target.isAfter(start.plusYears(MAX_YEARS))) {
            errors.add(new Problem.FieldError("targetDate", "must be within " + MAX_YEARS + " years of the start date"));
        }
    }

    private static void checkTarget(TargetMeasure m, List<Problem.FieldError> errors) {
        if (!Double.isFinite(m.baseline()) || !Double.isFinite(m.target())) {
            errors.add(new Problem.FieldError("target", "values must be finite numbers"));
            return;
        }
        if (m.baseline().equals(m.target())) {
            errors.add(new Problem.FieldError("target.target", "must differ from the baseline"));
        } else if (m.direction() == Direction.HIGHER && m.target() < m.baseline()) {
            errors.add(new Problem.FieldError("target.direction", "is higher, but the target lies below the baseline"));
        } else if (m.direction() == Direction.LOWER && m.target() > m.baseline()) {
            errors.add(new Problem.FieldError("target.direction", "is lower, but the target lies above the baseline"));
        }
        if (m.unit().isBlank()) {
            errors.add(new Problem.FieldError("target.unit", "must not be blank"));
        }
    }
}
