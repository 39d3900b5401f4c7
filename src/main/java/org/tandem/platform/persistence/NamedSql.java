package org.tandem.platform.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A long plain-SQL statement written with named parameters ({@code :tenant}), turned once into JDBC's
 * {@code ?} placeholders, so a statement that names the same value many times stays readable. Write
 * casts as {@code CAST(x AS t)}, never {@code x::t}, and keep {@code :word} out of string literals
 * (it would be taken for a name). The same text, with the same names, runs in pgbench as variables
 * ({@code bench/scripts/events-sql.sh}).
 */
public final class NamedSql {

    private static final Pattern NAME = Pattern.compile("(?<![:\\w]):([a-zA-Z][a-zA-Z0-9_]*)");

    private final String jdbc;
    private final List<String> order;

    private NamedSql(String jdbc, List<String> order) {
        this.jdbc = jdbc;
        this.order = order;
    }

    public static NamedSql of(String sql) {
        List<String> order = new ArrayList<>();
        Matcher m = NAME.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            order.add(m.group(1));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        return new NamedSql(out.toString(), List.copyOf(order));
    }

    /** The statement with {@code ?} placeholders, for {@link Sql}. */
    public String sql() {
        return jdbc;
    }

    /** The values in placeholder order; every name must be bound (to a value or to null). */
    public Object[] bind(Params params) {
        Object[] values = new Object[order.size()];
        for (int i = 0; i < values.length; i++) {
            String name = order.get(i);
            if (!params.values.containsKey(name)) {
                throw new IllegalArgumentException("No value for :" + name);
            }
            values[i] = params.values.get(name);
        }
        return values;
    }

    /** Values by name (null allowed). */
    public static final class Params {
        private final Map<String, Object> values = new HashMap<>();

        public Params set(String name, Object value) {
            values.put(name, value);
            return this;
        }
    }
}
