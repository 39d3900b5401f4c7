-- Parameters for the pgbench ceilings, from the very requests the HTTP runs use (bench.req, loaded
-- by run.sh from the request files): who asks, for which thread, and which conditional statements
-- the application would issue for that request (chk: a guardian in a thread about a student, which
-- runs the access checks; foreign_lang: a reader whose language differs from most messages, which
-- runs the translation look-up).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench.pg;
CREATE TABLE bench.pg AS
SELECT r.scenario, row_number() OVER (PARTITION BY r.scenario ORDER BY r.n)::int AS k,
       u.account_id AS me, (SELECT district::text FROM bench.params) AS tid,
       coalesce(t.id, '00000000-0000-0000-0000-000000000000'::uuid) AS th,
       coalesce(t.student_id, '00000000-0000-0000-0000-000000000000'::uuid) AS student,
       coalesce(g.id, '00000000-0000-0000-0000-000000000000'::uuid) AS guardian,
       a.preferred_language AS lang,
       CASE WHEN p.role = 'guardian' AND t.student_id IS NOT NULL THEN 1 ELSE 0 END AS chk,
       CASE WHEN a.preferred_language <> 'en' THEN 1 ELSE 0 END AS foreign_lang,
       coalesce(substring(r.path from 'from=([0-9]+)')::bigint, 0) AS from_seq,
       coalesce((CASE WHEN r.body LIKE '{"seq"%' THEN r.body::json ->> 'seq' END)::bigint, 0) AS read_seq,
       coalesce((c.pos ->> 'at')::timestamptz, now()) AS after_at,
       coalesce((c.pos ->> 'thread')::uuid, '00000000-0000-0000-0000-000000000000'::uuid) AS after_id
FROM bench.req r
JOIN bench.load_user u ON u.i = r.user_i
JOIN account a ON a.id = u.account_id
LEFT JOIN thread t ON t.id = substring(r.path from '/threads/([0-9a-f-]{36})')::uuid
LEFT JOIN thread_participant p ON p.thread_id = t.id AND p.account_id = u.account_id
LEFT JOIN guardian g ON g.account_id = u.account_id
CROSS JOIN LATERAL (SELECT CASE WHEN r.path LIKE '%cursor=%' THEN convert_from(decode(
        rpad(translate(split_part(substring(r.path from 'cursor=([^&]+)'), '.', 1), '-_', '+/'),
             ((length(split_part(substring(r.path from 'cursor=([^&]+)'), '.', 1)) + 3) / 4) * 4, '='),
        'base64'), 'UTF8')::json END AS pos) c;
CREATE UNIQUE INDEX ON bench.pg (scenario, k);
ANALYZE bench.pg;
SELECT scenario, count(*) FROM bench.pg GROUP BY 1 ORDER BY 1;
-- pgbench connects as the application's role (the database owner), like the application.
DO $$ BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA bench TO %I', (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()));
  EXECUTE format('GRANT SELECT ON bench.pg, bench.params TO %I', (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()));
END $$;
