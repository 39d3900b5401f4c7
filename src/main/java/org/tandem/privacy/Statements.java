package org.tandem.privacy;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;

/**
 * Small helpers for the features' privacy implementations, which work in plain SQL on their own tables
 * (a deletion touches thousands of rows Hibernate need not load). Every statement names the tenant.
 */
public final class Statements {

    private Statements() {
    }

    /** The ids one query returns (its single column). */
    public static List<UUID> ids(Sql sql, String query, Object... params) {
        return sql.list(query, rs -> rs.getObject(1, UUID.class), params);
    }

    /**
     * A condition that holds when the JSON column holds, as any string value at any depth, one of the ids
     * bound to its one parameter as {@link #idList} (the way events and notifications name records).
     */
    public static String jsonNamesAny(String jsonColumn) {
        return "EXISTS (SELECT 1 FROM jsonb_path_query(" + jsonColumn + ", 'strict $.**') v WHERE jsonb_typeof(v) = 'string'"
                + " AND v #>> '{}' = ANY (string_to_array(?, chr(31))))";
    }

    /** The parameter of {@link #jsonNamesAny}: the ids as text, separated by a control character no id holds. */
    public static String idList(Collection<UUID> ids) {
        return String.join("\u001f", ids.stream().map(UUID::toString).toList());
    }

    /**
     * A condition that holds when the text expression contains, anywhere and in any case, one of the
     * phrases bound to its one parameter as {@link #phraseList} (ids inside links, a name in a title).
     */
    public static String textMentionsAny(String textExpression) {
        return textExpression + " ILIKE ANY (string_to_array(?, chr(31)))";
    }

    /** The parameter of {@link #textMentionsAny}: the student's ids and name as LIKE patterns. */
    public static String phraseList(ErasedStudent student) {
        java.util.List<String> patterns = new java.util.ArrayList<>();
        student.forgottenIds().forEach(id -> patterns.add(containing(id.toString())));
        patterns.add(containing(student.fullName()));
        return String.join("\u001f", patterns);
    }

    /** A LIKE pattern that finds the text anywhere, its wildcards escaped. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Runs each statement with the same parameters and returns the rows they changed in all. */
    public static int run(Sql sql, Collection<String> statements, Object... params) {
        int rows = 0;
        for (String statement : statements) {
            rows += sql.update(statement, params);
        }
        return rows;
    }
}
