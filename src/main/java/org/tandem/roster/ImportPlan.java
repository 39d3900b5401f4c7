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

    /**
     * An account to create for a person with an email and no account yet (one per email). The
     * display name is put together when it is written, not held for every new account of a district.
     */
    record NewAccount(UUID id, String email, String givenName, String familyName) {
        String displayName() {
            return (givenName + " " + familyName).trim();
        }
    }

    /** Two record ids (a student and a class, a student and a guardian): a link's key without building a string. */
    record Pair(UUID first, UUID second) {
        static Pair of(String first, String second) {
            return first == null || second == null ? null : new Pair(UUID.fromString(first), UUID.fromString(second));
        }
    }

    final Map<DirectoryTable, TablePlan> tables = new EnumMap<>(DirectoryTable.class);
    final Map<String, NewAccount> newAccounts = new LinkedHashMap<>();
    /** Students whose links (guardians, classes, class staff) or state change: audiences follow them. */
    final Set<UUID> studentsAffected = new HashSet<>();
    final Set<UUID> classesWithStaffChanges = new HashSet<>();
    final List<String> notes = new ArrayList<>();
    /** One text form per school, term, class and person id that rows of this plan name (they repeat). */
    private final Map<UUID, String> idTexts = new java.util.HashMap<>();

    ImportPlan() {
        for (DirectoryTable table : DirectoryTable.values()) {
            tables.put(table, new TablePlan(table));
        }
    }

    /** The id as the text of a row's value, one copy per id however many rows name it. */
    String text(UUID id) {
        return id == null ? null : idTexts.computeIfAbsent(id, UUID::toString);
    }

    /** Planning is over: the id texts stay in the rows, the index of them can go. */
    void planned() {
        idTexts.clear();
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
