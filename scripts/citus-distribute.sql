-- Distributes Tandem's schema by district with Citus (docs/scaling.md). Run it once, as a
-- superuser, on the Citus coordinator, after Flyway has migrated the schema there (V080 or later)
-- and before the application writes to it:
--
--     psql -v ON_ERROR_STOP=1 -h COORDINATOR -U postgres -d tandem -f scripts/citus-distribute.sql
--
-- NOT RUN AGAINST CITUS: Citus cannot be installed on the machines this was written on. What was
-- checked: the schema meets Citus's documented key rules (ScaleOutRulesTest reads the catalog), and
-- this script ran on plain PostgreSQL 15 against the migrated schema with stand-ins for the Citus
-- functions (docs/scaling.md, "What was verified"). Try it on a staging cluster first.
--
-- What becomes what:
--   reference    district: the tenants, small, read everywhere, referenced by every distributed table.
--   local        rate_limit_counter, idempotency_record and Flyway's history stay plain tables on the
--                coordinator, which every application instance connects to (their comments say so).
--   distributed  every other table, by tenant_id (text, the district's id), all in one colocation
--                group, so that a district's rows of every table live in the same shard group and
--                joins and foreign keys within a district stay on one node.
\set ON_ERROR_STOP on

-- The shard count of the colocation group: fixed when the first table is distributed (changing it
-- later means re-sharding). 32 leaves room to grow to many more worker nodes than a start needs.
SET citus.shard_count = 32;

BEGIN;
-- Citus runs the DDL of a transaction that touches reference tables and tables with foreign keys to
-- them over one connection per worker ("sequential"), as its documentation asks.
SET LOCAL citus.multi_shard_modify_mode TO 'sequential';

-- 1. The foreign keys among the tables to be distributed or referenced are set aside, and put back
--    once every table is in place, so that the order of the calls below does not matter (thread and
--    message reference each other) and tables added by later migrations need no edit here.
CREATE TEMPORARY TABLE citus_set_aside_fk ON COMMIT DROP AS
SELECT fk.conrelid::regclass AS tbl, fk.conname, pg_get_constraintdef(fk.oid) AS def
FROM pg_constraint fk
JOIN pg_class child ON child.oid = fk.conrelid
JOIN pg_class parent ON parent.oid = fk.confrelid
WHERE fk.contype = 'f' AND child.relnamespace = current_schema()::regnamespace
  AND coalesce(obj_description(child.oid, 'pg_class'), '') NOT LIKE 'citus: local%'
  AND coalesce(obj_description(parent.oid, 'pg_class'), '') NOT LIKE 'citus: local%';
DO $$
DECLARE k record;
BEGIN
    FOR k IN SELECT * FROM citus_set_aside_fk LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', k.tbl, k.conname);
    END LOOP;
END $$;

-- 2. The reference table.
SELECT create_reference_table('district');

-- 3. Every tenant-owned table, distributed by tenant_id into one colocation group: the tables this
--    script knows, then any table a later migration added (a tenant_id column and no 'citus:' mark,
--    the rule ScaleOutRulesTest enforces).
SELECT create_distributed_table('account', 'tenant_id');
SELECT create_distributed_table(c.oid::regclass, 'tenant_id', colocate_with => 'account')
FROM pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND c.relname <> 'account'
  AND coalesce(obj_description(c.oid, 'pg_class'), '') NOT LIKE 'citus: reference%'
  AND coalesce(obj_description(c.oid, 'pg_class'), '') NOT LIKE 'citus: local%'
ORDER BY c.relname;

-- 4. The foreign keys back: between colocated distributed tables through (tenant_id, ...), and from
--    distributed tables to district, both of which Citus accepts.
DO $$
DECLARE k record;
BEGIN
    FOR k IN SELECT * FROM citus_set_aside_fk LOOP
        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', k.tbl, k.conname, k.def);
    END LOOP;
END $$;

COMMIT;

-- What is where: one row per distributed or reference table.
SELECT logicalrelid::regclass AS "table",
       CASE partmethod WHEN 'n' THEN 'reference' ELSE 'distributed by ' || column_to_column_name(logicalrelid, partkey) END AS kind,
       colocationid
FROM pg_dist_partition ORDER BY colocationid, logicalrelid::text;
