-- The full-text index, built once after the bulk load instead of row by row; the same
-- definition as V004__messaging.sql.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET maintenance_work_mem = '1GB';
CREATE INDEX IF NOT EXISTS message_search ON message USING gin (search);
