-- Writes the messages of the threads with n % :parts = :part (run one session per core).
-- Authors rotate through the thread's members in a scrambled order (announcements: only their
-- author); each message is in its author's language; one in 200 is deleted (a tombstone).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET session_replication_role = replica;
SET synchronous_commit = off;
SET work_mem = '64MB';
SET jit = off;

SELECT district FROM bench.params \gset

INSERT INTO message (id, tenant_id, thread_id, seq, author_id, body, language, created_at, deleted_at)
SELECT gen_random_uuid(), :'district', t.id, s,
       t.members[a.i],
       CASE WHEN (s * 13 + t.n) % 200 = 0 THEN NULL ELSE bodies.list[1 + (s * 31 + t.n) % bodies.size] END,
       l.langs[a.i],
       t.first_at + (t.last_at - t.first_at) * ((s - 1)::float8 / greatest(t.n_msgs - 1, 1)),
       CASE WHEN (s * 13 + t.n) % 200 = 0 THEN t.last_at END
FROM (SELECT array_agg(body ORDER BY i) AS list, count(*)::int AS size FROM bench.body) bodies,
     bench.thread t
     JOIN bench.thread_lang l ON l.n = t.n
     CROSS JOIN LATERAL generate_series(1, t.n_msgs) s
     CROSS JOIN LATERAL (SELECT CASE WHEN t.kind = 'announcement' THEN 1
                                     ELSE 1 + ((s::bigint * 7919 + t.n) % cardinality(t.members))::int END AS i) a
WHERE t.n % :parts = :part;
