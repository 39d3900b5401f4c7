package org.tandem.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * Every error found in a package, not only the first: validation goes on through every file and
 * row. Beyond {@link #KEPT} errors only the count grows, so a broken million-row file cannot
 * exhaust memory; the job says how many there were.
 */
final class ImportErrors {

    static final int KEPT = 1_000;

    private final List<RowError> errors = new ArrayList<>();
    private final List<RowError> warnings = new ArrayList<>();
    private int count;

    void add(RowError error) {
        count++;
        if (errors.size() < KEPT) {
            errors.add(error);
        }
    }

    void add(String file, long line, String column, String reason) {
        add(new RowError(file, (int) line, column, reason));
    }

    void warn(String file, long line, String column, String reason) {
        if (warnings.size() < KEPT) {
            warnings.add(new RowError(file, (int) line, column, reason));
        }
    }

    boolean any() {
        return count > 0;
    }

    int count() {
        return count;
    }

    List<RowError> errors() {
        return errors;
    }

    List<RowError> warnings() {
        return warnings;
    }
}
