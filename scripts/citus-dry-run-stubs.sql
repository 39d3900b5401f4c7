-- FOR A THROWAWAY COPY OF THE SCHEMA ONLY: creates a table and functions named like Citus's in the
-- current schema, so that scripts/citus-distribute.sql can be dry-run on plain PostgreSQL (docs/scaling.md):
--   createdb scratch; (migrate it); psql -d scratch -f scripts/citus-dry-run-stubs.sql -f scripts/citus-distribute.sql
CREATE TABLE pg_dist_partition (logicalrelid regclass, partmethod "char", partkey text, colocationid int);
CREATE FUNCTION column_to_column_name(regclass, text) RETURNS text LANGUAGE sql AS 'SELECT $2';
CREATE FUNCTION create_reference_table(t regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND (conrelid = t OR confrelid = t)
             AND NOT EXISTS (SELECT 1 FROM pg_dist_partition p WHERE p.logicalrelid IN (conrelid, confrelid) AND p.logicalrelid <> t)) THEN
    RAISE EXCEPTION 'stub: % has foreign keys to or from tables not yet in Citus', t;
  END IF;
  INSERT INTO pg_dist_partition VALUES (t, 'n', NULL, 1);
END $$;
CREATE FUNCTION create_distributed_table(t regclass, col text, colocate_with text DEFAULT 'default') RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = t AND attname = col AND attnotnull) THEN
    RAISE EXCEPTION 'stub: % has no NOT NULL column %', t, col;
  END IF;
  IF colocate_with <> 'default' AND NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = colocate_with::regclass AND partmethod = 'h') THEN
    RAISE EXCEPTION 'stub: % is not distributed yet', colocate_with;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND (conrelid = t OR confrelid = t) AND conrelid <> confrelid
             AND NOT EXISTS (SELECT 1 FROM pg_dist_partition p WHERE p.logicalrelid = CASE WHEN conrelid = t THEN confrelid ELSE conrelid END)) THEN
    RAISE EXCEPTION 'stub: % has foreign keys to or from tables not yet in Citus', t;
  END IF;
  INSERT INTO pg_dist_partition VALUES (t, 'h', col, 2);
END $$;
