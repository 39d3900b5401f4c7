-- Events benchmark data (bench/scripts/events.sh), added to a generated benchmark database:
-- in the first school, a class of 1,000 families (one student, one guardian each) and its teacher;
-- one event with capacity 300 (the RSVP storm); one conference with 100 five-minute slots that
-- the first 500 guardians race for (the booking storm); 200 more events of the class and a private
-- calendar feed for the first guardian (the feed scenario). Writes the users and request files to :out.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SELECT tenant_id AS tid, id AS school, (SELECT id FROM academic_term t WHERE t.school_id = s.id LIMIT 1) AS term
FROM school s ORDER BY sourced_id LIMIT 1 \gset

DROP TABLE IF EXISTS bench.ev_family;
CREATE TABLE bench.ev_family AS
SELECT n, gen_random_uuid() AS student, gen_random_uuid() AS guardian, gen_random_uuid() AS account
FROM generate_series(0, 999) n;
DROP TABLE IF EXISTS bench.ev_ids;
CREATE TABLE bench.ev_ids AS SELECT gen_random_uuid() AS class, gen_random_uuid() AS teacher_account,
    gen_random_uuid() AS teacher, gen_random_uuid() AS storm_event, gen_random_uuid() AS conference,
    gen_random_uuid() AS warm_event, gen_random_uuid() AS warm_conference;
SELECT class, teacher_account, teacher, storm_event, conference, warm_event, warm_conference FROM bench.ev_ids \gset

INSERT INTO school_class (id, tenant_id, school_id, term_id, name, subject, grade, sourced_id)
VALUES (:'class', :'tid', :'school', :'term', 'Events bench class', 'homeroom', '3', 'ev-class');
INSERT INTO account (id, tenant_id, email, display_name) VALUES (:'teacher_account', :'tid', 'ev-teacher@bench.tandem.test', 'Events Teacher');
INSERT INTO staff (id, tenant_id, school_id, account_id, given_name, family_name, email, kind, sourced_id)
VALUES (:'teacher', :'tid', :'school', :'teacher_account', 'Events', 'Teacher', 'ev-teacher@bench.tandem.test', 'teacher', 'ev-teacher');
INSERT INTO teaching_assignment (id, tenant_id, staff_id, class_id, role) VALUES (gen_random_uuid(), :'tid', :'teacher', :'class', 'primary');
INSERT INTO student (id, tenant_id, school_id, given_name, family_name, grade, sourced_id)
SELECT student, :'tid', :'school', 'Ev', 'Student ' || n, '3', 'ev-stu-' || n FROM bench.ev_family;
INSERT INTO enrollment (id, tenant_id, student_id, class_id) SELECT gen_random_uuid(), :'tid', student, :'class' FROM bench.ev_family;
INSERT INTO account (id, tenant_id, email, display_name)
SELECT account, :'tid', 'ev-guardian' || n || '@bench.tandem.test', 'Ev Guardian ' || n FROM bench.ev_family;
INSERT INTO guardian (id, tenant_id, account_id, given_name, family_name, sourced_id)
SELECT guardian, :'tid', account, 'Ev', 'Guardian ' || n, 'ev-grd-' || n FROM bench.ev_family;
INSERT INTO guardianship (id, tenant_id, student_id, guardian_id, relationship)
SELECT gen_random_uuid(), :'tid', student, guardian, 'mother' FROM bench.ev_family;

-- The storm's event, next month, capacity 300 heads.
INSERT INTO event (tenant_id, id, school_id, audience, class_id, title, kind, starts_local, ends_local, time_zone,
                   starts_at, ends_at, capacity, guests_allowed, created_by)
SELECT :'tid', :'storm_event', :'school', 'class', :'class', 'Bench concert', 'performance',
       (current_date + 30) + time '18:00', (current_date + 30) + time '20:00', 'America/Chicago',
       ((current_date + 30) + time '18:00') AT TIME ZONE 'America/Chicago',
       ((current_date + 30) + time '20:00') AT TIME ZONE 'America/Chicago', 300, true, :'teacher_account';
-- The warm-up's event: the same storm first, so the measured one meets a warm JVM.
INSERT INTO event (tenant_id, id, school_id, audience, class_id, title, kind, starts_local, ends_local, time_zone,
                   starts_at, ends_at, capacity, guests_allowed, created_by)
SELECT :'tid', :'warm_event', :'school', 'class', :'class', 'Bench rehearsal', 'performance',
       (current_date + 29) + time '18:00', (current_date + 29) + time '20:00', 'America/Chicago',
       ((current_date + 29) + time '18:00') AT TIME ZONE 'America/Chicago',
       ((current_date + 29) + time '20:00') AT TIME ZONE 'America/Chicago', 300, true, :'teacher_account';
-- 200 more events of the class over the coming months: the feed's content.
INSERT INTO event (tenant_id, id, school_id, audience, class_id, title, description, kind, starts_local, ends_local,
                   time_zone, starts_at, ends_at, place, guests_allowed, created_by)
SELECT :'tid', gen_random_uuid(), :'school', 'class', :'class', 'Class event ' || i, 'Bring a water bottle.', 'workshop',
       (current_date + 1 + i) + time '09:00', (current_date + 1 + i) + time '10:00', 'America/New_York',
       ((current_date + 1 + i) + time '09:00') AT TIME ZONE 'America/New_York',
       ((current_date + 1 + i) + time '10:00') AT TIME ZONE 'America/New_York', 'Room 3', true, :'teacher_account'
FROM generate_series(1, 199) i;

-- A conference with 100 slots of 5 minutes, in a month.
INSERT INTO conference (tenant_id, id, staff_id, school_id, class_id, title, time_zone, mode, place, slot_minutes, break_minutes)
VALUES (:'tid', :'conference', :'teacher', :'school', :'class', 'Bench conferences', 'America/Chicago', 'in_person', 'Room 3', 5, 0);
DROP TABLE IF EXISTS bench.ev_slot;
CREATE TABLE bench.ev_slot AS
SELECT i, gen_random_uuid() AS id, (current_date + 31) + time '08:00' + i * interval '5 minutes' AS starts_local
FROM generate_series(0, 99) i;
INSERT INTO conference_slot (tenant_id, id, conference_id, starts_local, ends_local, starts_at, ends_at)
SELECT :'tid', id, :'conference', starts_local, starts_local + interval '5 minutes',
       starts_local AT TIME ZONE 'America/Chicago', (starts_local + interval '5 minutes') AT TIME ZONE 'America/Chicago'
FROM bench.ev_slot;

-- The warm-up's conference: 100 slots another day (no guardian's slots overlap the measured ones).
INSERT INTO conference (tenant_id, id, staff_id, school_id, class_id, title, time_zone, mode, place, slot_minutes, break_minutes)
VALUES (:'tid', :'warm_conference', :'teacher', :'school', :'class', 'Bench rehearsal conferences', 'America/Chicago', 'in_person', 'Room 3', 5, 0);
DROP TABLE IF EXISTS bench.ev_warm_slot;
CREATE TABLE bench.ev_warm_slot AS
SELECT i, gen_random_uuid() AS id, (current_date + 32) + time '08:00' + i * interval '5 minutes' AS starts_local
FROM generate_series(0, 99) i;
INSERT INTO conference_slot (tenant_id, id, conference_id, starts_local, ends_local, starts_at, ends_at)
SELECT :'tid', id, :'warm_conference', starts_local, starts_local + interval '5 minutes',
       starts_local AT TIME ZONE 'America/Chicago', (starts_local + interval '5 minutes') AT TIME ZONE 'America/Chicago'
FROM bench.ev_warm_slot;

-- The first guardian's feed; its token is 'bench-feed-token-0' (only the hash is stored).
INSERT INTO calendar_feed (tenant_id, id, account_id, token_hash)
SELECT :'tid', gen_random_uuid(), account, encode(sha256(convert_to('bench-feed-token-0', 'UTF8')), 'hex')
FROM bench.ev_family WHERE n = 0;
ANALYZE;
-- pgbench connects as the database's owner (the app's role): let it read the scenario's tables.
DO $$ BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA bench TO %I', (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()));
  EXECUTE format('GRANT SELECT ON bench.ev_family, bench.ev_ids, bench.ev_slot, bench.ev_warm_slot TO %I', (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()));
END $$;

-- users.tsv: user i = family i; the last line is the teacher.
SELECT :'out' || '/events-users.tsv' AS f_users, :'out' || '/events_rsvp.tsv' AS f_rsvp,
       :'out' || '/events_book.tsv' AS f_book, :'out' || '/events_feed.tsv' AS f_feed,
       :'out' || '/warm-events_rsvp.tsv' AS f_wrsvp, :'out' || '/warm-events_book.tsv' AS f_wbook \gset
COPY (SELECT account, :'tid', 'guardian' FROM bench.ev_family ORDER BY n) TO STDOUT \g :f_users
COPY (SELECT 'PUT', '/api/v1/events/' || :'storm_event' || '/rsvp', n, '{"answer":"yes","adultGuests":0,"childGuests":0}' FROM bench.ev_family ORDER BY n) TO STDOUT \g :f_rsvp
COPY (SELECT 'POST', '/api/v1/conferences/' || :'conference' || '/bookings', f.n, json_build_object('slotId', s.id, 'studentId', f.student)::text FROM bench.ev_family f JOIN bench.ev_slot s ON s.i = f.n % 100 WHERE f.n < 500 ORDER BY f.n) TO STDOUT \g :f_book
COPY (SELECT 'PUT', '/api/v1/events/' || :'warm_event' || '/rsvp', n, '{"answer":"yes","adultGuests":0,"childGuests":0}' FROM bench.ev_family ORDER BY n) TO STDOUT \g :f_wrsvp
COPY (SELECT 'POST', '/api/v1/conferences/' || :'warm_conference' || '/bookings', f.n, json_build_object('slotId', s.id, 'studentId', f.student)::text FROM bench.ev_family f JOIN bench.ev_warm_slot s ON s.i = f.n % 100 WHERE f.n < 500 ORDER BY f.n) TO STDOUT \g :f_wbook
COPY (SELECT 'GET', '/api/v1/calendar-feeds/' || :'tid' || '/bench-feed-token-0.ics', 0, '') TO STDOUT \g :f_feed
