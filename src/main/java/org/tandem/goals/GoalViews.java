package org.tandem.goals;

import org.tandem.goals.dto.TargetMeasure;

/** Small conversions between the stored terms and their wire form. */
final class GoalViews {

    private GoalViews() {
    }

    static TargetMeasure target(GoalTerms terms) {
        return terms.measure() != MeasureKind.TARGET ? null
                : new TargetMeasure(terms.baseline(), terms.targetValue(), terms.unit(), terms.direction(),
                terms.masteryCount());
    }
}
