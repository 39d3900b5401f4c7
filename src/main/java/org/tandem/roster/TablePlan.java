package org.tandem.roster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What an import does to one directory table: records to create, records to update (with the
 * fields that change), records to deactivate, and how many it leaves as they are.
 */
final class TablePlan {

    record Creation(DirectoryRow row, String[] onCreate) {
    }

    record Update(DirectoryRow row, List<String> changedFields, boolean deactivation) {
    }

    final DirectoryTable table;
    final List<Creation> creations = new ArrayList<>();
    final List<Update> updates = new ArrayList<>();
    int unchanged;
    private final Set<UUID> touched = new HashSet<>();

    TablePlan(DirectoryTable table) {
        this.table = table;
    }

    /**
     * The package wants a record with these owned values: created when {@code existing} is null,
     * updated when a value differs, otherwise left alone. Returns the record's id.
     */
    UUID want(DirectoryRow existing, String[] values, String[] onCreate) {
        if (existing == null) {
            DirectoryRow row = new DirectoryRow(UUID.randomUUID(), values);
            creations.add(new Creation(row, onCreate));
            return row.id(); // a new id is never looked up in touched: only existing records are

        }
        if (!touched.add(existing.id())) {
            return existing.id(); // already planned (one person reached twice): the first row wins
        }
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (!java.util.Objects.equals(values[i], existing.get(i))) {
                changed.add(table.owned().get(i).api());
            }
        }
        if (changed.isEmpty()) {
            unchanged++;
        } else {
            boolean deactivation = existing.active() && "false".equals(values[table.activeIndex()]);
            updates.add(new Update(new DirectoryRow(existing.id(), values), changed, deactivation));
        }
        return existing.id();
    }

    /** Deactivates a record (a tobedeleted row, or one missing from a bulk file); an inactive one stays as it is. */
    void deactivate(DirectoryRow existing) {
        if (existing == null || touched.contains(existing.id())) {
            return;
        }
        touched.add(existing.id());
        if (!existing.active()) {
            unchanged++;
            return;
        }
        updates.add(new Update(existing.with(table.activeIndex(), "false"), List.of("active"), true));
    }

    /** Deactivates every active record with a sourcedId that this import has not touched and that {@code applies}. */
    void deactivateUntouched(List<DirectoryRow> rows, Predicate<DirectoryRow> applies) {
        for (DirectoryRow row : rows) {
            if (row.get(0) != null && row.active() && !touched.contains(row.id()) && applies.test(row)) {
                deactivate(row);
            }
        }
    }

    boolean touched(UUID id) {
        return touched.contains(id);
    }

    int deactivated() {
        return (int) updates.stream().filter(Update::deactivation).count();
    }

    int updated() {
        return updates.size() - deactivated();
    }
}
