package org.tandem.platform.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The scale-out rule for tables (architecture.md), read from the catalog of one schema, so that the
 * schema can be distributed by tenant with Citus (docs/scaling.md):
 * <ul>
 *   <li>A table whose comment starts with {@code citus: reference} or {@code citus: local} is not
 *       tenant-owned. Any other table is tenant-owned and must have a {@code tenant_id text NOT NULL}
 *       column; a table with neither is reported, so nobody adds a table without deciding.</li>
 *   <li>Every primary key, unique constraint, unique index and exclusion constraint of a
 *       tenant-owned table leads with {@code tenant_id} (an exclusion constraint with {@code =}),
 *       and it has a primary key.</li>
 *   <li>A foreign key between tenant-owned tables leads with {@code tenant_id} on both sides.</li>
 *   <li>No foreign key goes from a reference or local table to a tenant-owned one (Citus has no such
 *       keys), nor from a tenant-owned table to a local one.</li>
 * </ul>
 * Each violation names the table and the constraint or index.
 */
final class ScaleOutRules {

    private ScaleOutRules() {
    }

    /** One statement; the schema is its only parameter. */
    private static final String CHECK = """
            WITH rel AS (
                SELECT c.oid, c.relname,
                       CASE WHEN obj_description(c.oid, 'pg_class') LIKE 'citus: reference%' THEN 'reference'
                            WHEN obj_description(c.oid, 'pg_class') LIKE 'citus: local%' THEN 'local'
                            ELSE 'tenant' END AS kind,
                       t.attnum AS tenant_col, t.attnotnull AS tenant_not_null,
                       format_type(t.atttypid, t.atttypmod) AS tenant_type
                FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_attribute t ON t.attrelid = c.oid AND t.attname = 'tenant_id' AND NOT t.attisdropped
                WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            ),
            keyed AS (
                SELECT r.relname, con.conname, con.contype, con.conkey, con.conexclop, con.oid AS con_oid,
                       r.tenant_col
                FROM pg_constraint con JOIN rel r ON r.oid = con.conrelid
                WHERE r.kind = 'tenant' AND con.contype IN ('p', 'u', 'x')
            )
            SELECT relname, '-', 'is neither tenant-owned (no tenant_id column) nor marked '
                   || '''citus: reference'' or ''citus: local'' in its comment'
            FROM rel WHERE kind = 'tenant' AND tenant_col IS NULL
            UNION ALL
            SELECT relname, 'tenant_id', 'must be text NOT NULL (one distribution column type, never empty), is '
                   || tenant_type || CASE WHEN tenant_not_null THEN '' ELSE ' (nullable)' END
            FROM rel WHERE kind = 'tenant' AND tenant_col IS NOT NULL
              AND (tenant_type <> 'text' OR NOT tenant_not_null)
            UNION ALL
            SELECT relname, '-', 'has no primary key'
            FROM rel r WHERE kind = 'tenant' AND tenant_col IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM pg_constraint p WHERE p.conrelid = r.oid AND p.contype = 'p')
            UNION ALL
            SELECT relname, conname, pg_get_constraintdef(con_oid) || ' does not lead with tenant_id'
            FROM keyed WHERE tenant_col IS NOT NULL AND conkey[1] IS DISTINCT FROM tenant_col
            UNION ALL
            SELECT relname, conname, pg_get_constraintdef(con_oid) || ' must compare tenant_id with ='
            FROM keyed WHERE contype = 'x' AND conkey[1] = tenant_col
              AND (SELECT oprname FROM pg_operator WHERE oid = conexclop[1]) <> '='
            UNION ALL
            SELECT r.relname, ic.relname, pg_get_indexdef(i.indexrelid) || ' does not lead with tenant_id'
            FROM pg_index i
            JOIN rel r ON r.oid = i.indrelid
            JOIN pg_class ic ON ic.oid = i.indexrelid
            WHERE r.kind = 'tenant' AND r.tenant_col IS NOT NULL AND i.indisunique
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.conrelid = r.oid)
              AND i.indkey[0] <> r.tenant_col
            UNION ALL
            SELECT child.relname, fk.conname, pg_get_constraintdef(fk.oid) || CASE
                     WHEN child.kind = 'tenant' AND parent.kind = 'tenant'
                         THEN ' does not lead with tenant_id on both sides'
                     WHEN parent.kind = 'tenant'
                         THEN ' goes from a ' || child.kind || ' table to a tenant-owned one'
                     ELSE ' goes from a tenant-owned table to a local one' END
            FROM pg_constraint fk
            JOIN rel child ON child.oid = fk.conrelid
            JOIN rel parent ON parent.oid = fk.confrelid
            WHERE fk.contype = 'f' AND (
                   (child.kind = 'tenant' AND parent.kind = 'tenant'
                    AND (fk.conkey[1] IS DISTINCT FROM child.tenant_col OR fk.confkey[1] IS DISTINCT FROM parent.tenant_col))
                OR (child.kind <> 'tenant' AND parent.kind = 'tenant')
                OR (child.kind = 'tenant' AND parent.kind = 'local'))
            ORDER BY 1, 2, 3""";

    /** The violations in a schema, one line each: "table: constraint: what is wrong". */
    static List<String> violations(Connection connection, String schema) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CHECK)) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1) + ": " + rows.getString(2) + ": " + rows.getString(3));
                }
            }
        }
        return found;
    }
}
