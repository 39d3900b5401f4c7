-- Generates one benchmark district in a database the application has already migrated.
--
--   psql -v scale=1   -f bench/sql/generate.sql   (full: 20 schools, 25,000 students, 200,000 threads, 5,000,000 messages)
--   psql -v scale=0.1 -f bench/sql/generate.sql   (the same shape at one tenth)
--
-- Everything is set-based (INSERT ... SELECT over generate_series), never through the API. It runs as
-- a superuser: session_replication_role = replica skips the foreign-key triggers during the bulk load
-- (every reference is built from the rows inserted just before, so they hold anyway). The message
-- rows are written by bench/sql/messages.sql in two sessions at once (one per core); this file
-- prepares everything up to that point. bench/sql/finish.sql completes the read state afterwards.
--
-- Mapping tables (ordinal -> uuid) live in the schema `bench`, which the application never maps;
-- the load scripts read them to pick users, threads and positions.
\set ON_ERROR_STOP on
\timing off
SET client_min_messages = warning;
SET session_replication_role = replica;
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';
SELECT setseed(0.4242);

\if :{?district}
\else
\set district 'b0000000-0000-4000-8000-000000000001'
\endif

-- Sizes. Per-school shapes (50 classes and 1,250 students a school) are the same at both scales;
-- the number of schools and everything counted per district scale.
SELECT greatest(2, round(20 * :scale))::int              AS n_schools,
       round(200000 * :scale)::int                       AS n_threads,
       round(5000000 * :scale)::bigint                   AS n_messages,
       round(20000 * :scale)::int                        AS busy_messages
\gset
SELECT :n_schools * 50   AS n_classes,
       :n_schools * 1250 AS n_students,
       :n_schools * 2000 AS n_guardians,
       (:n_threads * 0.70)::int AS n_student_threads,
       (:n_threads * 0.25)::int AS n_direct_threads,
       (:n_threads * 0.01)::int AS n_group_threads
\gset
SELECT :n_threads - :n_student_threads - :n_direct_threads - :n_group_threads AS n_announcements \gset

-- ---------------------------------------------------------------------------------------------
-- Start from nothing: every tenant table goes (truncating district cascades to all of them).
TRUNCATE district, rate_limit_counter, idempotency_record CASCADE;
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE TABLE bench.params AS
SELECT :'district'::uuid AS district, :scale::numeric AS scale, now() AS generated_at;

INSERT INTO district (id, tenant_id, name, slug, time_zone)
VALUES (:'district', :'district', 'Benchmark Unified', 'bench', 'America/Chicago');

-- Schools, one current term each, 50 classes each.
CREATE TABLE bench.school AS
SELECT n, gen_random_uuid() AS id, gen_random_uuid() AS term_id FROM generate_series(0, :n_schools - 1) n;
INSERT INTO school (id, tenant_id, name, time_zone, sourced_id)
SELECT id, :'district', 'School ' || n, 'America/Chicago', 'sch-' || n FROM bench.school;
INSERT INTO academic_term (id, tenant_id, school_id, name, starts_on, ends_on, sourced_id)
SELECT term_id, :'district', id, 'Current year', current_date - 120, current_date + 240, 'term-' || n FROM bench.school;

CREATE TABLE bench.class AS
SELECT c AS n, c / 50 AS school_n, gen_random_uuid() AS id FROM generate_series(0, :n_classes - 1) c;
INSERT INTO school_class (id, tenant_id, school_id, term_id, name, subject, grade, sourced_id)
SELECT c.id, :'district', s.id, s.term_id,
       CASE WHEN c.n % 50 < 25 THEN 'Homeroom ' ELSE 'Special ' END || (c.n % 50),
       CASE WHEN c.n % 50 < 25 THEN 'homeroom' ELSE (ARRAY['art', 'music', 'pe', 'science', 'library'])[1 + c.n % 5] END,
       (1 + c.n % 6)::text, 'cls-' || c.n
FROM bench.class c JOIN bench.school s ON s.n = c.school_n;

-- Staff: one primary teacher per class, then per school an administrator, a counselor and 5 aides.
-- Every staff member has an account. The counselor takes part in a quarter of the school's
-- student threads: the people with the longest inboxes.
CREATE TABLE bench.staff AS
SELECT n, school_n, kind, class_n, gen_random_uuid() AS id, gen_random_uuid() AS account_id
FROM (SELECT c.n AS n, c.school_n, 'teacher' AS kind, c.n AS class_n FROM bench.class c
      UNION ALL
      SELECT :n_classes + s.n * 7 + j, s.n,
             CASE j WHEN 0 THEN 'school_admin' WHEN 1 THEN 'counselor' ELSE 'aide' END, NULL
      FROM bench.school s, generate_series(0, 6) j) x;
CREATE UNIQUE INDEX ON bench.staff (n);
CREATE INDEX ON bench.staff (class_n);

INSERT INTO account (id, tenant_id, email, display_name, preferred_language)
SELECT account_id, :'district', 'staff' || n || '@bench.tandem.test', 'Staff ' || n, 'en' FROM bench.staff;
INSERT INTO staff (id, tenant_id, school_id, account_id, given_name, family_name, email, kind, sourced_id)
SELECT st.id, :'district', s.id, st.account_id, 'Staff', 'Member ' || st.n, 'staff' || st.n || '@bench.tandem.test',
       st.kind, 'stf-' || st.n
FROM bench.staff st JOIN bench.school s ON s.n = st.school_n;
INSERT INTO account (id, tenant_id, email, display_name, district_admin)
VALUES (gen_random_uuid(), :'district', 'admin@bench.tandem.test', 'District Admin', true);

INSERT INTO teaching_assignment (id, tenant_id, staff_id, class_id, role)
SELECT gen_random_uuid(), :'district', st.id, c.id, 'primary'
FROM bench.staff st JOIN bench.class c ON c.n = st.class_n;
-- Aides 0..4 of a school help in 10 classes each.
INSERT INTO teaching_assignment (id, tenant_id, staff_id, class_id, role)
SELECT gen_random_uuid(), :'district', st.id, c.id, 'aide'
FROM bench.staff st JOIN bench.class c
  ON st.kind = 'aide' AND c.school_n = st.school_n AND (c.n % 50) / 10 = (st.n - :n_classes) % 7 - 2;

-- Students: 1,250 a school, each in a homeroom (classes 0-24 of the school) and a special (25-49).
CREATE TABLE bench.student AS
SELECT n, n / 1250 AS school_n, gen_random_uuid() AS id,
       (n / 1250) * 50 + (n % 1250) % 25 AS homeroom_n,
       (n / 1250) * 50 + 25 + ((n % 1250) / 25) % 25 AS special_n
FROM generate_series(0, :n_students - 1) n;
CREATE UNIQUE INDEX ON bench.student (n);
INSERT INTO student (id, tenant_id, school_id, given_name, family_name, grade, sourced_id)
SELECT st.id, :'district', s.id, 'Student', 'Number ' || st.n, (1 + st.n % 6)::text, 'stu-' || st.n
FROM bench.student st JOIN bench.school s ON s.n = st.school_n;
INSERT INTO enrollment (id, tenant_id, student_id, class_id)
SELECT gen_random_uuid(), :'district', st.id, c.id
FROM bench.student st JOIN bench.class c ON c.n IN (st.homeroom_n, st.special_n);

-- Guardians (1.6 per student), every one with an account; about one in seven prefers Spanish.
-- Guardian g < students is the first guardian of student g, the rest are second guardians of
-- students 0, 1, 2...; every tenth first guardian also has the next student as a sibling.
CREATE TABLE bench.guardian AS
SELECT n, gen_random_uuid() AS id, gen_random_uuid() AS account_id,
       CASE WHEN n < :n_students THEN n ELSE n - :n_students END AS student_n,
       CASE WHEN n % 7 = 3 THEN 'es' ELSE 'en' END AS language
FROM generate_series(0, :n_guardians - 1) n;
CREATE UNIQUE INDEX ON bench.guardian (n);
INSERT INTO account (id, tenant_id, email, display_name, preferred_language)
SELECT account_id, :'district', 'guardian' || n || '@bench.tandem.test', 'Guardian ' || n, language FROM bench.guardian;
INSERT INTO guardian (id, tenant_id, account_id, given_name, family_name, email, preferred_language, sourced_id)
SELECT id, :'district', account_id, 'Guardian', 'Number ' || n, 'guardian' || n || '@bench.tandem.test', language, 'grd-' || n
FROM bench.guardian;

CREATE TABLE bench.guardianship AS
SELECT g.n AS guardian_n, g.student_n, CASE WHEN g.n < :n_students THEN 'mother' ELSE 'father' END AS relationship
FROM bench.guardian g
UNION ALL
SELECT g.n, g.student_n + 1, 'mother' FROM bench.guardian g
WHERE g.n < :n_students AND g.n % 10 = 0 AND (g.student_n + 1) % 1250 <> 0;
INSERT INTO guardianship (id, tenant_id, student_id, guardian_id, relationship)
SELECT gen_random_uuid(), :'district', st.id, g.id, gs.relationship
FROM bench.guardianship gs JOIN bench.student st ON st.n = gs.student_n JOIN bench.guardian g ON g.n = gs.guardian_n;

-- Who may be in a thread, by student and by class.
CREATE TABLE bench.student_family AS
SELECT gs.student_n, array_agg(g.account_id ORDER BY g.n) AS accounts
FROM bench.guardianship gs JOIN bench.guardian g ON g.n = gs.guardian_n GROUP BY gs.student_n;
CREATE UNIQUE INDEX ON bench.student_family (student_n);
CREATE TABLE bench.class_family AS
SELECT c.n AS class_n, array_agg(DISTINCT g.account_id) AS accounts
FROM bench.class c
JOIN bench.student st ON c.n IN (st.homeroom_n, st.special_n)
JOIN bench.guardianship gs ON gs.student_n = st.n
JOIN bench.guardian g ON g.n = gs.guardian_n
GROUP BY c.n;
CREATE UNIQUE INDEX ON bench.class_family (class_n);

-- ---------------------------------------------------------------------------------------------
-- Threads: 70% about a student (teacher + the student's guardians, a quarter with the counselor),
-- 25% direct (a teacher and one guardian), 1% class groups, 4% class announcements.
-- staff_accounts come first in members; `k` is the number of members.
CREATE TABLE bench.thread (
    n               int PRIMARY KEY,
    id              uuid NOT NULL,
    kind            text NOT NULL,
    student_n       int,
    class_n         int,
    creator         uuid NOT NULL,
    members         uuid[] NOT NULL,
    n_staff         int NOT NULL,
    n_msgs          int,
    first_at        timestamptz,
    last_at         timestamptz
);

INSERT INTO bench.thread (n, id, kind, student_n, class_n, creator, members, n_staff)
SELECT t, gen_random_uuid(), 'student', st.n, NULL, te.account_id,
       CASE WHEN t % 4 = 0 THEN ARRAY[te.account_id, co.account_id] ELSE ARRAY[te.account_id] END || sf.accounts,
       CASE WHEN t % 4 = 0 THEN 2 ELSE 1 END
FROM generate_series(0, :n_student_threads - 1) t
JOIN bench.student st ON st.n = t % :n_students
JOIN bench.staff te ON te.class_n = CASE WHEN (t / :n_students) % 2 = 0 THEN st.homeroom_n ELSE st.special_n END
JOIN bench.staff co ON co.school_n = st.school_n AND co.kind = 'counselor'
JOIN bench.student_family sf ON sf.student_n = st.n;

INSERT INTO bench.thread (n, id, kind, student_n, class_n, creator, members, n_staff)
SELECT :n_student_threads + d, gen_random_uuid(), 'direct', NULL, NULL,
       CASE WHEN d % 2 = 0 THEN te.account_id ELSE g.account_id END,
       ARRAY[te.account_id, g.account_id], 1
FROM generate_series(0, :n_direct_threads - 1) d
JOIN bench.guardian g ON g.n = (d::bigint * 7919) % :n_guardians
JOIN bench.student st ON st.n = g.student_n
JOIN bench.staff te ON te.class_n = CASE WHEN d % 3 = 0 THEN st.special_n ELSE st.homeroom_n END;

INSERT INTO bench.thread (n, id, kind, student_n, class_n, creator, members, n_staff)
SELECT :n_student_threads + :n_direct_threads + x, gen_random_uuid(),
       CASE WHEN x < :n_group_threads THEN 'group' ELSE 'announcement' END, NULL, c.n, te.account_id,
       ARRAY[te.account_id] || cf.accounts, 1
FROM generate_series(0, :n_group_threads + :n_announcements - 1) x
JOIN bench.class c ON c.n = x % :n_classes
JOIN bench.staff te ON te.class_n = c.n
JOIN bench.class_family cf ON cf.class_n = c.n;

-- Messages per thread: skewed. Ten class groups are very busy (20,000 messages each at full
-- scale, no other thread has more than a quarter of that); the rest get a share drawn as mean * E^2 / 2 with E
-- exponential, so most threads are short and a tail is long. Announcements mostly have one message.
CREATE TEMP TABLE weight AS
SELECT n, CASE kind WHEN 'student' THEN 25 WHEN 'direct' THEN 20 WHEN 'group' THEN 300 ELSE 1.2 END
          * power(-ln(1 - random()), 2) / 2 AS w
FROM bench.thread;
SELECT min(n) AS first_group FROM bench.thread WHERE kind = 'group' \gset
SELECT sum(w) AS total_w FROM weight WHERE n >= :first_group + 10 OR n < :first_group \gset
UPDATE bench.thread t SET n_msgs = CASE
        WHEN t.n >= :first_group AND t.n < :first_group + 10 THEN :busy_messages
        ELSE least(:busy_messages / 4, greatest(1, round(w.w * (:n_messages - 10 * :busy_messages) / :total_w)))::int END
FROM weight w WHERE w.n = t.n;

-- The cap took some messages away: give them back to the uncapped threads in proportion, so the
-- total comes out at the target (within a fraction of a percent).
SELECT sum(n_msgs) FILTER (WHERE n_msgs > 1 AND n_msgs < :busy_messages / 4) AS free_msgs,
       :n_messages - sum(n_msgs) AS deficit FROM bench.thread \gset
UPDATE bench.thread SET n_msgs = least(:busy_messages / 4, round(n_msgs * (:free_msgs + :deficit)::numeric / :free_msgs))::int
WHERE n_msgs > 1 AND n_msgs < :busy_messages / 4;

-- When: the last message falls within the past year, more often recently (busy threads: today);
-- earlier messages are spread evenly back over up to 90 days before it.
UPDATE bench.thread SET
    last_at = CASE WHEN n_msgs >= :busy_messages THEN now() - interval '1 hour' * random() * 20
                   ELSE now() - interval '1 day' * 365 * power(random(), 2) - interval '1 minute' END;
UPDATE bench.thread SET
    first_at = last_at - CASE WHEN n_msgs = 1 THEN interval '0'
                              ELSE interval '1 day' * least(90, 1 + n_msgs / 4.0) * (0.2 + 0.8 * random()) END;

INSERT INTO thread (id, tenant_id, kind, subject, student_id, class_id, audience, audience_school_id, created_by,
                    last_seq, last_activity_at, created_at)
SELECT t.id, :'district', t.kind, 'Thread ' || t.n, st.id, c.id,
       CASE WHEN t.kind = 'announcement' THEN 'class' END,
       CASE WHEN t.kind = 'announcement' THEN s.id END,
       t.creator, t.n_msgs, t.last_at, t.first_at
FROM bench.thread t
LEFT JOIN bench.student st ON st.n = t.student_n
LEFT JOIN bench.class c ON c.n = t.class_n
LEFT JOIN bench.school s ON s.n = c.school_n;

-- Participants, with read positions: most have read everything; guardians more often have a
-- backlog (in the busy groups, most do, and long ones), staff less often. unread_count is
-- filled in from the messages by finish.sql so that it agrees with them exactly.
INSERT INTO thread_participant (thread_id, account_id, tenant_id, role, source, active, last_read_seq, last_read_at,
                                unread_count, archived, muted, starred, last_activity_at, joined_at)
SELECT t.id, m.account, :'district',
       CASE WHEN m.i <= t.n_staff THEN 'staff' ELSE 'guardian' END,
       CASE WHEN t.kind = 'direct' OR (t.kind = 'student' AND m.i = 2 AND t.n_staff = 2) THEN 'explicit' ELSE 'computed' END,
       true,
       greatest(0, t.n_msgs - b.backlog),
       CASE WHEN b.backlog < t.n_msgs THEN t.last_at - interval '1 hour' * b.backlog END,
       0,
       m.i > t.n_staff AND r.a < 0.04,
       r.a >= 0.04 AND r.a < 0.06,
       r.a >= 0.06 AND r.a < 0.09,
       t.last_at, t.first_at
FROM bench.thread t
CROSS JOIN LATERAL unnest(t.members) WITH ORDINALITY AS m(account, i)
-- (m.i is referenced so that the draws are made per row, not once for the whole statement)
CROSS JOIN LATERAL (SELECT random() + 0 * m.i AS a, random() + 0 * m.i AS u, random() + 0 * m.i AS v) r
CROSS JOIN LATERAL (SELECT CASE
        WHEN t.kind = 'announcement' AND m.i > t.n_staff THEN CASE WHEN r.u < 0.30 THEN t.n_msgs ELSE 0 END
        WHEN t.n_msgs >= :busy_messages THEN CASE WHEN m.i > t.n_staff AND r.u < 0.6 THEN (r.v * t.n_msgs * 0.1)::int ELSE 0 END
        WHEN m.i > t.n_staff AND r.u < 0.35 THEN 1 + (power(r.v, 3) * least(t.n_msgs, 60))::int
        WHEN m.i <= t.n_staff AND r.u < 0.15 THEN 1 + (power(r.v, 3) * least(t.n_msgs, 20))::int
        ELSE 0 END AS backlog) b;

-- Sample sentences for message bodies.
CREATE TABLE bench.body AS
SELECT row_number() OVER () - 1 AS i, b AS body FROM unnest(ARRAY[
  'Thank you for the update, we will practice reading at home tonight.',
  'Reminder: the field trip form is due on Friday. Please sign and return it.',
  'Maya did a great job in the science fair today!',
  'Could we find a time next week to talk about the math homework?',
  'He was a bit tired this morning, he did not sleep well.',
  'Picture day is next Tuesday. Dress code is the usual uniform.',
  'We are collecting canned food for the food drive until the end of the month.',
  'Please remember to send a water bottle and a snack every day.',
  'I noticed some progress in writing, the paragraphs are more organized now.',
  'Sorry for the late reply, I was at work. Tuesday at 4pm works for us.',
  'The library books are due back on Monday.',
  'Our class will perform at the winter concert on December 12th at 6pm.',
  'She forgot her jacket in the classroom, it is in the lost and found.',
  'Homework this week: reading log every night and the spelling list.',
  '¿Podemos hablar mañana sobre las tareas de matemáticas?',
  'Gracias por la información, nos vemos en la conferencia.',
  'Great news: our class reached the reading goal for the month!',
  'He will be absent on Thursday for a doctor''s appointment.',
  'Could you send me the link for the video conference?',
  'The school will close early on Wednesday because of the weather.',
  'We appreciate everything you do for the kids, thank you!',
  'Please check the backpack for the progress report.',
  'Is there anything we can do at home to help with fractions?',
  'Volunteers needed for the book fair next week, sign up in the office.',
  'Can he bring his own lunch on the field trip?',
  'Attendance matters: every day counts. Thanks for helping us.',
  'We started a new unit on plants and seeds, ask her about it!',
  'The permission slip was signed and is in the folder.',
  'Yes, I can make it to the meeting at 3:30.',
  'Reminder: no school on Monday for the holiday.',
  'Kindness award this week goes to the whole table group for helping each other.',
  'Please let me know if you have any questions about the new schedule.'
]) b;

-- Per-thread facts the message script needs: the members' languages, in member order.
CREATE TABLE bench.thread_lang AS
SELECT t.n, array_agg(coalesce(g.language, 'en') ORDER BY m.i) AS langs
FROM bench.thread t
CROSS JOIN LATERAL unnest(t.members) WITH ORDINALITY AS m(account, i)
LEFT JOIN bench.guardian g ON g.account_id = m.account
GROUP BY t.n;
CREATE UNIQUE INDEX ON bench.thread_lang (n);

-- The GIN full-text index is built once after the bulk load (finish.sql) instead of row by row.
DROP INDEX IF EXISTS message_search;

SELECT (SELECT count(*) FROM bench.thread) AS threads,
       (SELECT sum(n_msgs) FROM bench.thread) AS messages_planned,
       (SELECT count(*) FROM thread_participant) AS participants;
