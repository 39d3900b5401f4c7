package org.tandem.privacy;

import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Looks for a person in every table of the schema, found from the catalog (so a table added later is
 * scanned without editing this class): uuid columns equal to the id, and every other column that can
 * hold text (text, varchar, json, jsonb, arrays, tsvector, bytea) containing the id or any of the
 * phrases (case-insensitive). Answers the tables and columns where something was found.
 */
final class CatalogScan {

    private CatalogScan() {
    }

    private record Column(String table, String name, String type) {
    }

    static Map<String, Long> find(UUID id, List<String> phrases) {
        List<String> needles = new ArrayList<>(phrases);
        needles.add(id.toString());
        phrases.forEach(p -> needles.add(p.toLowerCase()));
        Map<String, Long> found = new LinkedHashMap<>();
        DataSource ds = Arc.container().instance(DataSource.class).get();
        try (Connection c = ds.getConnection()) {
            for (Column column : columns(c)) {
                long rows = count(c, column, id, needles);
                if (rows > 0) {
                    found.put(column.table() + "." + column.name(), rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static List<Column> columns(Connection c) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                  AND c.table_name <> 'flyway_schema_history'
                  AND c.data_type IN ('uuid', 'text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY',
                                      'tsvector', 'bytea', 'USER-DEFINED')
                ORDER BY c.table_name, c.ordinal_position""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                columns.add(new Column(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return columns;
    }

    private static long count(Connection c, Column column, UUID id, List<String> needles) throws SQLException {
        String col = "\"" + column.name() + "\"";
        String where;
        if (column.type().equals("uuid")) {
            where = col + " = ?::uuid";
        } else if (column.type().equals("bytea")) {
            // Bytes are compared as written: the needles come in their own case and lower case.
            where = "EXISTS (SELECT 1 FROM unnest(?::text[]) n WHERE position(convert_to(n, 'UTF8') IN " + col + ") > 0)";
        } else {
            where = col + "::text ILIKE ANY (SELECT '%' || n || '%' FROM unnest(?::text[]) n)";
        }
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM \"" + column.table() + "\" WHERE " + where)) {
            if (column.type().equals("uuid")) {
                s.setString(1, id.toString());
            } else {
                s.setArray(1, c.createArrayOf("text", needles.toArray()));
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
