package org.tandem.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Everything one import does to the district's directory, decided before anything is written. */
final class ImportPlan {

    /** An account to create for a person with an email and no account yet (one per email). */
    record NewAccount(UUID id, String email, String displayName) {
    }

    final Map<DirectoryTable, TablePlan> tables = new EnumMap<>(DirectoryTable.class);
    final Map<String, NewAccount> newAccounts = new LinkedHashMap<>();
    /** Students whose links (guardians, classes, class staff) or state change: audiences follow them. */
    final Set<UUID> studentsAffected = new HashSet<>();
    final Set<UUID> classesWithStaffChanges = new HashSet<>();
    final List<String> notes = new ArrayList<>();

    ImportPlan() {
        for (DirectoryTable table : DirectoryTable.values()) {
            tables.put(table, new TablePlan(table));
        }
    }

    TablePlan table(DirectoryTable table) {
        return tables.get(table);
    }

    /** Counts per record type: created, updated, deactivated, unchanged. */
    Map<String, Map<String, Integer>> summary() {
        Map<String, Map<String, Integer>> summary = new LinkedHashMap<>();
        Map<String, Integer> accounts = new LinkedHashMap<>();
        accounts.put("created", newAccounts.size());
        summary.put("accounts", accounts);
        for (TablePlan plan : tables.values()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("created", plan.creations.size());
            counts.put("updated", plan.updated());
            counts.put("deactivated", plan.deactivated());
            counts.put("unchanged", plan.unchanged);
            summary.put(plan.table.recordType(), counts);
        }
        return summary;
    }

    boolean changesAnything() {
        return !newAccounts.isEmpty()
                || tables.values().stream().anyMatch(t -> !t.creations.isEmpty() || !t.updates.isEmpty());
    }
}
