package org.tandem.privacy;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.platform.persistence.Sql;

/** Reads rows for an export as ordered maps with camelCase keys and JSON-ready values. */
public final class ExportRows {

    private ExportRows() {
    }

    public static List<Map<String, Object>> list(Sql sql, String query, Object... params) {
        return sql.list(query, ExportRows::row, params);
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(camel(meta.getColumnLabel(i)), value(rs, i, meta.getColumnTypeName(i)));
        }
        return row;
    }

    private static Object value(ResultSet rs, int i, String type) throws SQLException {
        Object value = switch (type) {
            case "timestamptz" -> {
                OffsetDateTime at = rs.getObject(i, OffsetDateTime.class);
                yield at == null ? null : at.toInstant().toString();
            }
            case "date", "timestamp", "uuid", "text", "varchar", "json", "jsonb" -> rs.getString(i);
            default -> rs.getObject(i);
        };
        if (value instanceof Array array) {
            return Arrays.asList((Object[]) array.getArray());
        }
        return value;
    }

    private static String camel(String column) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }
}
