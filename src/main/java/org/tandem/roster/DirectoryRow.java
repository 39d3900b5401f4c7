package org.tandem.roster;

import java.util.Arrays;
import java.util.UUID;

/**
 * One directory record in the columns an import owns ({@link DirectoryTable#owned}), as text (or
 * null): the same form for what the district holds and what the package wants, so that comparing
 * them is comparing strings.
 */
record DirectoryRow(UUID id, String[] values) {

    String get(int index) {
        return values[index];
    }

    boolean active() {
        return "true".equals(values[values.length - 1]);
    }

    DirectoryRow with(int index, String value) {
        String[] copy = Arrays.copyOf(values, values.length);
        copy[index] = value;
        return new DirectoryRow(id, copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DirectoryRow row && row.id.equals(id) && Arrays.equals(row.values, values);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(values);
    }
}
