-- Picks the users and requests of every scenario from a generated database, writing TSV files
-- into :out (users.tsv: account, tenant, roles; <scenario>.tsv: method, path, user index, body).
-- The choice is deterministic (ordered by md5 of ids), so runs are comparable.
\set ON_ERROR_STOP on
SET client_min_messages = warning;

DROP TABLE IF EXISTS bench.load_user;
-- About 2,000 users: guardians, teachers, every counselor, and members of the longest threads
-- (so that the older-page scenario has readers), each with the roles a token would carry.
CREATE TABLE bench.load_user AS
WITH picked AS (
    (SELECT g.account_id, 'guardian' AS roles, 1 AS o FROM bench.guardian g ORDER BY md5(g.account_id::text) LIMIT 1400)
    UNION
    (SELECT s.account_id, 'staff', 2 FROM bench.staff s WHERE s.kind = 'teacher' ORDER BY md5(s.account_id::text) LIMIT 400)
    UNION
    (SELECT s.account_id, 'staff', 3 FROM bench.staff s WHERE s.kind = 'counselor')
    UNION
    (SELECT p.account_id, CASE p.role WHEN 'staff' THEN 'staff' ELSE 'guardian' END, 4
     FROM thread_participant p JOIN thread t ON t.id = p.thread_id
     WHERE t.last_seq >= 1000 ORDER BY md5(p.account_id::text || p.thread_id::text) LIMIT 300))
SELECT (row_number() OVER (ORDER BY min(o), md5(account_id::text)) - 1)::int AS i, account_id, min(roles) AS roles
FROM picked GROUP BY account_id;
CREATE UNIQUE INDEX ON bench.load_user (account_id);
ANALYZE bench.load_user;

SELECT district AS district FROM bench.params \gset
SELECT :'out' || '/users.tsv' AS f_users, :'out' || '/inbox.tsv' AS f_inbox, :'out' || '/unread.tsv' AS f_unread,
       :'out' || '/thread_latest.tsv' AS f_latest, :'out' || '/thread_older.tsv' AS f_older,
       :'out' || '/post.tsv' AS f_post, :'out' || '/mark_read.tsv' AS f_read, :'out' || '/deep_users.tsv' AS f_deep,
       :'out' || '/ceiling.tsv' AS f_ceiling, :'out' || '/pg_ids.tsv' AS f_ids \gset

COPY (SELECT account_id, :'district', roles FROM bench.load_user ORDER BY i) TO STDOUT \g :f_users
COPY (SELECT 'GET', '/api/v1/threads?limit=25', i, '' FROM bench.load_user ORDER BY i) TO STDOUT \g :f_inbox
COPY (SELECT 'GET', '/api/v1/threads/unread-count', i, '' FROM bench.load_user ORDER BY i) TO STDOUT \g :f_unread
-- The ceiling: a guardian asking for the school list gets a 403 once the token is verified and
-- the role checked: HTTP, token and a JSON body, and no database at all.
COPY (SELECT 'GET', '/api/v1/schools', i, '' FROM bench.load_user WHERE roles = 'guardian' ORDER BY i) TO STDOUT \g :f_ceiling

-- A thread the user takes part in: its latest page.
COPY (SELECT 'GET', '/api/v1/threads/' || p.thread_id || '/messages?limit=25', u.i, '' FROM bench.load_user u JOIN thread_participant p ON p.account_id = u.account_id AND p.active ORDER BY md5(p.thread_id::text || u.i) LIMIT 5000) TO STDOUT \g :f_latest

-- An older page of a long thread (200+ messages), from a random position.
COPY (SELECT 'GET', '/api/v1/threads/' || t.id || '/messages?direction=older&limit=25&from=' || (26 + (('x' || substr(md5(t.id::text || u.i), 1, 8))::bit(32)::bigint % (t.last_seq - 50))), u.i, '' FROM bench.load_user u JOIN thread_participant p ON p.account_id = u.account_id AND p.active JOIN thread t ON t.id = p.thread_id AND t.last_seq >= 200 ORDER BY md5(p.thread_id::text || u.i) LIMIT 3000) TO STDOUT \g :f_older

-- Posting: a reply in a thread the user may write in (not an announcement for its recipients).
COPY (SELECT 'POST', '/api/v1/threads/' || t.id || '/messages', u.i, '{"body":"Thanks, see you at the conference on Tuesday. (benchmark)"}' FROM bench.load_user u JOIN thread_participant p ON p.account_id = u.account_id AND p.active JOIN thread t ON t.id = p.thread_id AND (t.kind <> 'announcement' OR p.role = 'staff') ORDER BY md5(p.thread_id::text || u.i || 'post') LIMIT 5000) TO STDOUT \g :f_post

-- Marking read: threads with something unread, up to their latest message.
COPY (SELECT 'POST', '/api/v1/threads/' || t.id || '/read', u.i, '{"seq":' || t.last_seq || '}' FROM bench.load_user u JOIN thread_participant p ON p.account_id = u.account_id AND p.active AND p.unread_count > 0 JOIN thread t ON t.id = p.thread_id ORDER BY md5(p.thread_id::text || u.i || 'read') LIMIT 5000) TO STDOUT \g :f_read

-- Users with long inboxes, and how deep to go: 60% of their inbox (the deep-page scenario).
COPY (SELECT u.i, (count(*) * 0.6)::int FROM bench.load_user u JOIN thread_participant p ON p.account_id = u.account_id AND p.active AND NOT p.archived GROUP BY u.i HAVING count(*) >= 150 ORDER BY count(*) DESC, u.i LIMIT 150) TO STDOUT \g :f_deep
