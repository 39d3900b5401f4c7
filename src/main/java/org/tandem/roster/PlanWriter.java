package org.tandem.roster;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.roster.DirectoryTable.Column;

/**
 * Writes an {@link ImportPlan} with plain SQL in set-based statements: each chunk of records is one
 * {@code INSERT ... SELECT FROM unnest(...)} or {@code UPDATE ... FROM unnest(...)}, so a district of
 * 100,000 records takes a few dozen statements, not 100,000 entity flushes. Only the columns an
 * import owns are updated; every statement names the tenant.
 */
final class PlanWriter {

    private static final int CHUNK = 5_000;

    private final Connection connection;
    private final String tenant;

    PlanWriter(Connection connection, String tenant) {
        this.connection = connection;
        this.tenant = tenant;
    }

    void write(ImportPlan plan) throws SQLException {
        accounts(new ArrayList<>(plan.newAccounts.values()));
        // Parents before children: schools, terms, classes, people, then the links between them.
        for (DirectoryTable table : DirectoryTable.values()) {
            TablePlan tablePlan = plan.table(table);
            insert(table, tablePlan.creations);
            update(table, tablePlan.updates);
        }
    }

    private void accounts(List<ImportPlan.NewAccount> accounts) throws SQLException {
        for (int from = 0; from < accounts.size(); from += CHUNK) {
            List<ImportPlan.NewAccount> chunk = accounts.subList(from, Math.min(accounts.size(), from + CHUNK));
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO account (tenant_id, id, email, display_name)
                    SELECT ?, u.id::uuid, u.email, u.display_name
                    FROM unnest(?::text[], ?::text[], ?::text[]) AS u(id, email, display_name)""")) {
                statement.setString(1, tenant);
                statement.setArray(2, texts(chunk, a -> a.id().toString()));
                statement.setArray(3, texts(chunk, ImportPlan.NewAccount::email));
                statement.setArray(4, texts(chunk, ImportPlan.NewAccount::displayName));
                statement.executeUpdate();
            }
        }
    }

    private void insert(DirectoryTable table, List<TablePlan.Creation> creations) throws SQLException {
        if (creations.isEmpty()) {
            return;
        }
        List<Column> columns = new ArrayList<>(table.owned());
        columns.addAll(table.onCreate());
        String names = columns.stream().map(Column::sql).collect(Collectors.joining(", "));
        String casts = columns.stream().map(c -> "u." + c.sql() + "::" + c.type()).collect(Collectors.joining(", "));
        String arrays = String.join(", ", java.util.Collections.nCopies(columns.size() + 1, "?::text[]"));
        String sql = "INSERT INTO " + table.table() + " (tenant_id, id, " + names + ") SELECT ?, u.id::uuid, " + casts
                + " FROM unnest(" + arrays + ") AS u(id, " + names + ")";
        int owned = table.owned().size();
        for (int from = 0; from < creations.size(); from += CHUNK) {
            List<TablePlan.Creation> chunk = creations.subList(from, Math.min(creations.size(), from + CHUNK));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, tenant);
                statement.setArray(2, texts(chunk, c -> c.row().id().toString()));
                for (int i = 0; i < columns.size(); i++) {
                    int index = i;
                    statement.setArray(i + 3, texts(chunk, c -> index < owned ? c.row().get(index) : c.onCreate()[index - owned]));
                }
                statement.executeUpdate();
            }
        }
    }

    private void update(DirectoryTable table, List<TablePlan.Update> updates) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        List<Column> columns = table.owned();
        String names = columns.stream().map(Column::sql).collect(Collectors.joining(", "));
        String sets = columns.stream().map(c -> c.sql() + " = u." + c.sql() + "::" + c.type()).collect(Collectors.joining(", "));
        String arrays = String.join(", ", java.util.Collections.nCopies(columns.size() + 1, "?::text[]"));
        String sql = "UPDATE " + table.table() + " t SET " + sets + ", version = t.version + 1 FROM unnest(" + arrays
                + ") AS u(id, " + names + ") WHERE t.tenant_id = ? AND t.id = u.id::uuid";
        for (int from = 0; from < updates.size(); from += CHUNK) {
            List<TablePlan.Update> chunk = updates.subList(from, Math.min(updates.size(), from + CHUNK));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, texts(chunk, u -> u.row().id().toString()));
                for (int i = 0; i < columns.size(); i++) {
                    int index = i;
                    statement.setArray(i + 2, texts(chunk, u -> u.row().get(index)));
                }
                statement.setString(columns.size() + 2, tenant);
                statement.executeUpdate();
            }
        }
    }

    private <T> Array texts(List<T> rows, Function<T, String> value) throws SQLException {
        String[] values = new String[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value.apply(rows.get(i));
        }
        return connection.createArrayOf("text", values);
    }
}
