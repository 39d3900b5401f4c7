-- Celebrations (docs/celebrations.md): ten celebrations a student over the past year by the
-- homeroom teacher (every third with a badge of a five-badge catalog), the celebration of each
-- student's achieved goal (goal 2 of goals.sql, linked both ways), three celebrations a homeroom
-- class, reactions (the first guardian hearts every celebration, the teacher claps every other one,
-- a second guardian stars every third) and a reply of thanks on every fifth.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET session_replication_role = replica;
SET synchronous_commit = off;
SET work_mem = '64MB';
SET jit = off;

SELECT district FROM bench.params \gset

INSERT INTO badge (tenant_id, id, name, description, symbol, created_at, updated_at)
SELECT :'district', gen_random_uuid(), v.name, 'A badge of the benchmark catalog', v.symbol, now() - interval '400 days',
       now() - interval '400 days'
FROM (VALUES ('Bookworm', 'book'), ('Helping hand', 'handshake'), ('Summit', 'mountain'), ('Bright idea', 'lightbulb'),
             ('Sunshine', 'sun')) v(name, symbol);
DROP TABLE IF EXISTS bench.badge;
CREATE TABLE bench.badge AS SELECT (row_number() OVER (ORDER BY name) - 1)::int AS i, id FROM badge;

DROP TABLE IF EXISTS bench.celebration;
CREATE TABLE bench.celebration AS
SELECT gen_random_uuid() AS id, st.n AS student_n, st.id AS student_id, j, te.account_id AS author,
       now() - make_interval(days => 365 - j * 36 - (st.n % 30), mins => st.n % 997) AS at
FROM bench.student st
JOIN bench.staff te ON te.kind = 'teacher' AND te.class_n = st.homeroom_n
CROSS JOIN generate_series(0, 9) j;

INSERT INTO celebration (tenant_id, id, student_id, author_id, title, message, category, badge_id, created_at, updated_at)
SELECT :'district', c.id, c.student_id, c.author,
       (ARRAY['Helped a new classmate', 'Read a whole chapter book', 'Never gave up on the puzzle', 'Perfect attendance this month',
              'Kind words on the playground', 'Finished the science project', 'Tried again and got it',
              'Led the group presentation', 'Learned the times tables', 'Welcomed a visitor'])[c.j + 1],
       CASE WHEN c.j % 2 = 0 THEN 'Thank you for showing the class how it is done.' END,
       (ARRAY['kindness', 'academic', 'perseverance', 'attendance', 'kindness', 'effort', 'perseverance', 'effort',
              'academic', 'kindness'])[c.j + 1],
       CASE WHEN c.j % 3 = 0 THEN b.id END, c.at, c.at
FROM bench.celebration c
LEFT JOIN bench.badge b ON b.i = (c.student_n + c.j) % 5;

-- The achieved goals' celebrations.
INSERT INTO bench.celebration (id, student_n, student_id, j, author, at)
SELECT gen_random_uuid(), g.student_n, g.student_id, 10, g.school_account, go.closed_at
FROM bench.goal g JOIN goal go ON go.id = g.id WHERE g.k = 2;
INSERT INTO celebration (tenant_id, id, student_id, author_id, title, message, category, goal_id, confidential,
                         created_at, updated_at)
SELECT :'district', c.id, c.student_id, c.author, 'Achieved: Know the times tables', NULL, 'milestone', g.id, false,
       c.at, c.at
FROM bench.celebration c JOIN bench.goal g ON g.student_n = c.student_n AND g.k = 2 WHERE c.j = 10;
UPDATE goal SET celebration_id = c.id
FROM bench.celebration c JOIN bench.goal g ON g.student_n = c.student_n AND g.k = 2
WHERE c.j = 10 AND goal.id = g.id;

-- Three celebrations a homeroom class.
INSERT INTO celebration (tenant_id, id, class_id, author_id, title, category, created_at, updated_at)
SELECT :'district', gen_random_uuid(), cl.id, te.account_id,
       (ARRAY['The class read 1000 books', 'Everyone came to the concert', 'The garden is planted'])[j + 1],
       (ARRAY['academic', 'attendance', 'effort'])[j + 1], now() - make_interval(days => 300 - j * 100),
       now() - make_interval(days => 300 - j * 100)
FROM bench.class cl JOIN bench.staff te ON te.kind = 'teacher' AND te.class_n = cl.n
CROSS JOIN generate_series(0, 2) j
WHERE cl.n % 50 < 25;

INSERT INTO celebration_reaction (tenant_id, celebration_id, account_id, reaction, created_at)
SELECT :'district', c.id, f.accounts[1], 'heart', c.at + interval '2 hours'
FROM bench.celebration c JOIN bench.student_family f ON f.student_n = c.student_n
UNION ALL
SELECT :'district', c.id, c.author, 'clap', c.at + interval '3 hours' FROM bench.celebration c WHERE c.j % 2 = 0
UNION ALL
SELECT :'district', c.id, f.accounts[2], 'star', c.at + interval '5 hours'
FROM bench.celebration c JOIN bench.student_family f ON f.student_n = c.student_n
WHERE c.j % 3 = 0 AND cardinality(f.accounts) > 1;

INSERT INTO celebration_reply (tenant_id, id, celebration_id, author_id, body, created_at)
SELECT :'district', gen_random_uuid(), c.id, f.accounts[1], 'Thank you so much for telling us!', c.at + interval '4 hours'
FROM bench.celebration c JOIN bench.student_family f ON f.student_n = c.student_n WHERE c.j % 5 = 0;

ANALYZE badge;
ANALYZE celebration;
ANALYZE celebration_reaction;
ANALYZE celebration_reply;
ANALYZE goal;
