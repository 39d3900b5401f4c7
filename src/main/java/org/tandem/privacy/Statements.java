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

    /** Runs each statement with the same parameters and returns the rows they changed in all. */
    public static int run(Sql sql, Collection<String> statements, Object... params) {
        int rows = 0;
        for (String statement : statements) {
            rows += sql.update(statement, params);
        }
        return rows;
    }
}
