-- Parameters of the timeline pgbench ceilings, numbered as bench.pg numbers the same requests (k):
-- the caller, the student of the path, whether the caller's link carries educational rights (it
-- decides on confidential goals), and the position after which a deep page starts (now for a
-- first page; a first page has no keyset condition in the application, which pgbench's "before
-- now" matches in cost).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench.pg_timeline;
CREATE TABLE bench.pg_timeline AS
SELECT r.scenario, row_number() OVER (PARTITION BY r.scenario ORDER BY r.n)::int AS k,
       u.account_id AS me, (SELECT district::text FROM bench.params) AS tid,
       substring(r.path from '/students/([0-9a-f-]{36})/')::uuid AS student,
       coalesce((SELECT gs.educational_rights FROM guardian gd JOIN guardianship gs ON gs.guardian_id = gd.id
                 WHERE gd.account_id = u.account_id AND gs.student_id = substring(r.path from '/students/([0-9a-f-]{36})/')::uuid
                 LIMIT 1), false) AS rights,
       coalesce((c.pos ->> 'at')::timestamptz, now() + interval '1 day') AS before_at,
       coalesce((c.pos ->> 'id')::uuid, 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid) AS before_id
FROM bench.req r
JOIN bench.load_user u ON u.i = r.user_i
CROSS JOIN LATERAL (SELECT CASE WHEN r.path LIKE '%cursor=%' THEN convert_from(decode(
        rpad(translate(split_part(substring(r.path from 'cursor=([^&]+)'), '.', 1), '-_', '+/'),
             ((length(split_part(substring(r.path from 'cursor=([^&]+)'), '.', 1)) + 3) / 4) * 4, '='),
        'base64'), 'UTF8')::json END AS pos) c
WHERE r.scenario LIKE 'timeline%';
CREATE UNIQUE INDEX ON bench.pg_timeline (scenario, k);
ANALYZE bench.pg_timeline;
SELECT scenario, count(*) FROM bench.pg_timeline GROUP BY 1 ORDER BY 1;
DO $$ BEGIN
  EXECUTE format('GRANT SELECT ON bench.pg_timeline TO %I', (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()));
END $$;
