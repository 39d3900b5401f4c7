-- Parameters of the goals pgbench ceilings, numbered as bench.pg numbers the same requests (k):
-- the caller's guardian record, the goal of the path, and the children whose goals the caller sees
-- (the arrays the application binds to the list's statement).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench.pg_goals;
CREATE TABLE bench.pg_goals AS
SELECT r.scenario, row_number() OVER (PARTITION BY r.scenario ORDER BY r.n)::int AS k,
       u.account_id AS me, (SELECT district::text FROM bench.params) AS tid,
       coalesce(gd.id, '00000000-0000-0000-0000-000000000000'::uuid) AS guardian,
       coalesce(substring(r.path from '/goals/([0-9a-f-]{36})')::uuid, '00000000-0000-0000-0000-000000000000'::uuid) AS goal,
       coalesce((SELECT go.student_id FROM goal go WHERE go.id = substring(r.path from '/goals/([0-9a-f-]{36})')::uuid),
                '00000000-0000-0000-0000-000000000000'::uuid) AS student,
       coalesce((SELECT array_agg(gs.student_id ORDER BY gs.student_id)::text FROM guardianship gs
                 WHERE gs.guardian_id = gd.id AND gs.active AND NOT gs.no_contact AND gs.may_see_goals_and_celebrations),
                '{}') AS kids,
       coalesce((SELECT array_agg(gs.student_id ORDER BY gs.student_id)::text FROM guardianship gs
                 WHERE gs.guardian_id = gd.id AND gs.active AND NOT gs.no_contact AND gs.may_see_goals_and_celebrations
                   AND gs.educational_rights), '{}') AS rights
FROM bench.req r
JOIN bench.load_user u ON u.i = r.user_i
LEFT JOIN guardian gd ON gd.account_id = u.account_id
WHERE r.scenario LIKE 'goals%';
CREATE UNIQUE INDEX ON bench.pg_goals (scenario, k);
ANALYZE bench.pg_goals;
DO $$ BEGIN
  EXECUTE format('GRANT SELECT ON bench.pg_goals TO %I', (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()));
END $$;
