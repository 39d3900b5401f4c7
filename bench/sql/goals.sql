-- Goals (docs/goals.md): three goals a student and twenty check-ins a goal. Goal 0 is a reading
-- goal proposed by the homeroom teacher and agreed by the first guardian (active); goal 1 is
-- proposed by the guardian and agreed by the teacher (active; every tenth student's is a
-- confidential goal assigned to the teacher); goal 2 was achieved. Check-ins alternate between the
-- two sides, one a week from the start date, with values rising towards the target.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET session_replication_role = replica;
SET synchronous_commit = off;
SET work_mem = '64MB';
SET jit = off;

SELECT district FROM bench.params \gset

DROP TABLE IF EXISTS bench.goal;
CREATE TABLE bench.goal AS
SELECT gen_random_uuid() AS id, st.n AS student_n, st.id AS student_id, k,
       g.account_id AS family_account, te.account_id AS school_account, te.id AS school_staff,
       current_date - 140 + (st.n % 20) AS start_date,
       k = 1 AND st.n % 10 = 0 AS confidential
FROM bench.student st
JOIN bench.guardian g ON g.n = st.n
JOIN bench.staff te ON te.kind = 'teacher' AND te.class_n = st.homeroom_n
CROSS JOIN generate_series(0, 2) k;
CREATE UNIQUE INDEX ON bench.goal (id);

INSERT INTO goal (tenant_id, id, student_id, title, description, category, status, confidential, proposed_by,
                  proposed_side, awaiting_side, start_date, target_date, home_support, school_support, measure,
                  baseline, target_value, unit, direction, mastery_count, agreed_at, closed_at, created_at, updated_at,
                  version)
SELECT :'district', id, student_id,
       (ARRAY['Read more fluently', 'Hand in homework on time', 'Know the times tables'])[k + 1],
       'A goal agreed at the autumn conference', (ARRAY['academic', 'behavior', 'academic'])[k + 1],
       CASE k WHEN 2 THEN 'achieved' ELSE 'active' END, confidential,
       CASE k WHEN 1 THEN family_account ELSE school_account END, CASE k WHEN 1 THEN 'family' ELSE 'school' END, NULL,
       start_date, start_date + 200, 'Practice at home', 'Practice at school', 'target',
       (ARRAY[52, 40, 10])[k + 1], (ARRAY[90, 95, 40])[k + 1], (ARRAY['words per minute', 'percent', 'facts a minute'])[k + 1],
       'higher', CASE k WHEN 0 THEN 3 END, start_date + time '08:00', CASE k WHEN 2 THEN now() END,
       start_date + time '08:00', now(), 2
FROM bench.goal;

INSERT INTO goal_staff (tenant_id, goal_id, staff_id)
SELECT :'district', id, school_staff FROM bench.goal WHERE confidential;

INSERT INTO goal_transition (tenant_id, id, goal_id, from_status, to_status, actor_id, side, created_at)
SELECT :'district', gen_random_uuid(), id, NULL, 'proposed', CASE k WHEN 1 THEN family_account ELSE school_account END,
       CASE k WHEN 1 THEN 'family' ELSE 'school' END, start_date + time '08:00' FROM bench.goal
UNION ALL
SELECT :'district', gen_random_uuid(), id, 'proposed', 'active', CASE k WHEN 1 THEN school_account ELSE family_account END,
       CASE k WHEN 1 THEN 'school' ELSE 'family' END, start_date + time '09:00' FROM bench.goal
UNION ALL
SELECT :'district', gen_random_uuid(), id, 'active', 'achieved', school_account, 'school', now() FROM bench.goal WHERE k = 2;

INSERT INTO goal_check_in (tenant_id, id, goal_id, author_id, side, on_date, value, note, created_at)
SELECT :'district', gen_random_uuid(), g.id, CASE WHEN w % 2 = 0 THEN g.school_account ELSE g.family_account END,
       CASE WHEN w % 2 = 0 THEN 'school' ELSE 'family' END, g.start_date + 7 * w,
       round(((ARRAY[52, 40, 10])[g.k + 1] + w * (ARRAY[1.9, 2.5, 1.6])[g.k + 1] + ((w * 7 + g.student_n) % 5) - 2)::numeric, 1),
       CASE WHEN w % 5 = 0 THEN 'Steady progress this week' END,
       g.start_date + 7 * w + time '17:00'
FROM bench.goal g CROSS JOIN generate_series(0, 19) w;

ANALYZE goal;
ANALYZE goal_staff;
ANALYZE goal_transition;
ANALYZE goal_check_in;
