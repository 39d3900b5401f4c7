-- Parameters of the goals pgbench ceilings, numbered as bench.pg numbers the same requests (k): the
-- caller's account, the tenant and the goal of the path (the values the application binds to its one
-- statement; access, the caller's links and the children on the page are worked out by the statement).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench.pg_goals;
CREATE TABLE bench.pg_goals AS
SELECT r.scenario, row_number() OVER (PARTITION BY r.scenario ORDER BY r.n)::int AS k,
       u.account_id AS me, (SELECT district::text FROM bench.params) AS tid,
       coalesce(substring(r.path from '/goals/([0-9a-f-]{36})')::uuid, '00000000-0000-0000-0000-000000000000'::uuid) AS goal
FROM bench.req r
JOIN bench.load_user u ON u.i = r.user_i
WHERE r.scenario LIKE 'goals%';
CREATE UNIQUE INDEX ON bench.pg_goals (scenario, k);
ANALYZE bench.pg_goals;
DO $$ BEGIN
  EXECUTE format('GRANT SELECT ON bench.pg_goals TO %I', (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()));
END $$;
