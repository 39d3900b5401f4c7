-- The live-updates scenario (bench/scripts/live.sh): who holds the 1,000 streams and what is posted.
-- Threads (student, group, direct; 2 to 40 active members) are taken in a fixed pseudo-random order
-- until their members make 1,000 people; each of them holds one stream. Every post goes to one of
-- those threads, by one of its staff members. Files written into :out:
--   live-users.tsv    account, district, roles (the line number is the user index, for MintTokens)
--   live-streams.tsv  the user index of each stream holder
--   live-posts.tsv    thread id, the poster's user index, the stream holders' user indexes (comma separated)
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SELECT district AS district FROM bench.params \gset

DROP TABLE IF EXISTS bench.live_thread, bench.live_user;
CREATE TABLE bench.live_thread AS
WITH candidates AS (
    SELECT t.id, count(*) AS members, md5(t.id::text || 'live') AS o
    FROM thread t JOIN thread_participant p ON p.thread_id = t.id AND p.active
    WHERE t.kind IN ('student', 'group', 'direct') AND NOT t.locked
      AND EXISTS (SELECT 1 FROM thread_participant s WHERE s.thread_id = t.id AND s.active AND s.role = 'staff')
    GROUP BY t.id HAVING count(*) BETWEEN 2 AND 40),
running AS (SELECT id, o, sum(members) OVER (ORDER BY o) AS upto FROM candidates)
SELECT id, row_number() OVER (ORDER BY o) AS n FROM running WHERE upto <= 4000;

-- Stream holders first (the first 1,000 distinct members, in thread order), then the posters who are not.
CREATE TABLE bench.live_user AS
WITH members AS (
    SELECT p.account_id, min(lt.n) AS first_thread, max(p.role) AS role
    FROM bench.live_thread lt JOIN thread_participant p ON p.thread_id = lt.id AND p.active
    GROUP BY p.account_id),
holders AS (SELECT account_id, role, true AS streams FROM members ORDER BY first_thread, md5(account_id::text) LIMIT 1000),
posters AS (
    SELECT DISTINCT ON (lt.id) lt.id AS thread_id, p.account_id
    FROM bench.live_thread lt JOIN thread_participant p ON p.thread_id = lt.id AND p.active AND p.role = 'staff'
    ORDER BY lt.id, md5(p.account_id::text))
SELECT (row_number() OVER (ORDER BY streams DESC, md5(account_id::text)) - 1)::int AS i, account_id, role, streams
FROM (SELECT account_id, role, streams FROM holders
      UNION ALL
      SELECT DISTINCT account_id, 'staff', false FROM posters WHERE account_id NOT IN (SELECT account_id FROM holders)) u;

SELECT :'out' || '/live-users.tsv' AS f_users, :'out' || '/live-streams.tsv' AS f_streams,
       :'out' || '/live-posts.tsv' AS f_posts \gset
COPY (SELECT account_id, :'district', CASE role WHEN 'staff' THEN 'staff' ELSE 'guardian' END FROM bench.live_user ORDER BY i)
    TO STDOUT \g :f_users
COPY (SELECT i FROM bench.live_user WHERE streams ORDER BY i) TO STDOUT \g :f_streams
COPY (SELECT lt.id, poster.i,
             (SELECT string_agg(u.i::text, ',' ORDER BY u.i) FROM thread_participant p JOIN bench.live_user u
                ON u.account_id = p.account_id AND u.streams WHERE p.thread_id = lt.id AND p.active)
      FROM bench.live_thread lt
      JOIN LATERAL (SELECT u.i FROM thread_participant p JOIN bench.live_user u ON u.account_id = p.account_id
                    WHERE p.thread_id = lt.id AND p.active AND p.role = 'staff' ORDER BY md5(p.account_id::text) LIMIT 1) poster ON true
      ORDER BY lt.n) TO STDOUT \g :f_posts
SELECT count(*) FILTER (WHERE streams) AS stream_holders, count(*) AS users, (SELECT count(*) FROM bench.live_thread) AS threads
FROM bench.live_user;
