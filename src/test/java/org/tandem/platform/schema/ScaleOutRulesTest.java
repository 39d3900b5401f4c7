package org.tandem.platform.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The migrated schema can be distributed by tenant (docs/scaling.md): every key of a tenant-owned
 * table leads with tenant_id. The check reads the catalog, so a table added by any later migration
 * is held to the rule without this test changing.
 */
@QuarkusTest
class ScaleOutRulesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyTableOfTheMigratedSchemaFollowsTheScaleOutRule() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<String> violations = ScaleOutRules.violations(connection, connection.getSchema());
            assertEquals(List.of(), violations, "Tables that Citus could not distribute by tenant_id "
                    + "(docs/scaling.md: lead every key with tenant_id, or mark the table 'citus: reference' "
                    + "or 'citus: local' in its comment):\n  " + String.join("\n  ", violations) + "\n");
        }
    }

    @Test
    void everyKindOfViolationIsNamedWithItsTableAndConstraint() throws SQLException {
        String scratch = "scale_out_scratch_" + UUID.randomUUID().toString().replace("-", "");
        // In a transaction that is rolled back: the scratch schema never exists for anyone else.
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                sql.execute("CREATE SCHEMA " + scratch);
                sql.execute("SET LOCAL search_path TO " + scratch);
                sql.execute("""
                        CREATE TABLE tenant (id uuid PRIMARY KEY, tenant_id text NOT NULL UNIQUE, slug text UNIQUE);
                        COMMENT ON TABLE tenant IS 'citus: reference. The districts.';
                        CREATE TABLE counter (bucket text PRIMARY KEY, hits int);
                        COMMENT ON TABLE counter IS 'citus: local (coordinator).';
                        -- Follows the rule: composite keys, a foreign key through (tenant_id, id), one to the reference table.
                        CREATE TABLE good_parent (tenant_id text NOT NULL REFERENCES tenant (tenant_id), id uuid,
                                                  PRIMARY KEY (tenant_id, id));
                        CREATE TABLE good_child (tenant_id text NOT NULL, id uuid, parent_id uuid, code text,
                                                 PRIMARY KEY (tenant_id, id), UNIQUE (tenant_id, code),
                                                 FOREIGN KEY (tenant_id, parent_id) REFERENCES good_parent (tenant_id, id));
                        CREATE UNIQUE INDEX good_child_by_lower_code ON good_child (tenant_id, lower(code));
                        -- Breaks it in every way the check knows.
                        CREATE TABLE bad_parent (id uuid PRIMARY KEY, tenant_id text NOT NULL);
                        CREATE TABLE bad_child (tenant_id text NOT NULL, id uuid, parent_id uuid REFERENCES bad_parent (id),
                                                code text CONSTRAINT bad_child_code_key UNIQUE, during tstzrange,
                                                counter_bucket text REFERENCES counter (bucket),
                                                PRIMARY KEY (tenant_id, id),
                                                CONSTRAINT bad_child_no_overlap EXCLUDE USING gist (during WITH &&));
                        CREATE UNIQUE INDEX bad_child_by_code ON bad_child (code, tenant_id);
                        CREATE TABLE no_key (tenant_id text NOT NULL, note text);
                        CREATE TABLE loose_tenant (tenant_id uuid, id uuid, PRIMARY KEY (id, tenant_id));
                        CREATE TABLE unmarked (id uuid PRIMARY KEY);
                        CREATE TABLE reference_to_tenant (id uuid PRIMARY KEY, tenant_id text, parent_id uuid,
                                                          FOREIGN KEY (tenant_id, parent_id) REFERENCES good_parent (tenant_id, id));
                        COMMENT ON TABLE reference_to_tenant IS 'citus: reference. Wrongly points at tenant rows.';
                        """);
                List<String> violations = ScaleOutRules.violations(connection, scratch);
                assertEquals(List.of(
                        "bad_child: bad_child_by_code: CREATE UNIQUE INDEX bad_child_by_code ON " + scratch
                                + ".bad_child USING btree (code, tenant_id) does not lead with tenant_id",
                        "bad_child: bad_child_code_key: UNIQUE (code) does not lead with tenant_id",
                        "bad_child: bad_child_counter_bucket_fkey: FOREIGN KEY (counter_bucket) REFERENCES counter(bucket)"
                                + " goes from a tenant-owned table to a local one",
                        "bad_child: bad_child_no_overlap: EXCLUDE USING gist (during WITH &&) does not lead with tenant_id",
                        "bad_child: bad_child_parent_id_fkey: FOREIGN KEY (parent_id) REFERENCES bad_parent(id)"
                                + " does not lead with tenant_id on both sides",
                        "bad_parent: bad_parent_pkey: PRIMARY KEY (id) does not lead with tenant_id",
                        "loose_tenant: loose_tenant_pkey: PRIMARY KEY (id, tenant_id) does not lead with tenant_id",
                        "loose_tenant: tenant_id: must be text NOT NULL (one distribution column type, never empty), is uuid",
                        "no_key: -: has no primary key",
                        "reference_to_tenant: reference_to_tenant_tenant_id_parent_id_fkey: FOREIGN KEY (tenant_id, parent_id)"
                                + " REFERENCES good_parent(tenant_id, id) goes from a reference table to a tenant-owned one",
                        "unmarked: -: is neither tenant-owned (no tenant_id column) nor marked 'citus: reference' or"
                                + " 'citus: local' in its comment"), violations);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
