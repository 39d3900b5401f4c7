-- After the messages: unread counts that agree exactly with the messages (what markRead computes:
-- later than the read position, not deleted, not by the reader). Runs beside finish-index.sql.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET session_replication_role = replica;
SET synchronous_commit = off;
SET work_mem = '256MB';

UPDATE thread_participant p SET unread_count = c.cnt
FROM (SELECT p.thread_id, p.account_id, count(*) AS cnt
      FROM thread_participant p
      JOIN thread t ON t.id = p.thread_id AND p.last_read_seq < t.last_seq
      JOIN message m ON m.thread_id = p.thread_id AND m.seq > p.last_read_seq
      WHERE m.author_id <> p.account_id AND m.deleted_at IS NULL
      GROUP BY p.thread_id, p.account_id) c
WHERE p.thread_id = c.thread_id AND p.account_id = c.account_id;

-- The preview of each thread's latest message on the thread row (migration V060), as MessageService keeps it.
UPDATE thread t
SET last_message_id = m.id, last_author_id = m.author_id,
    last_snippet = CASE WHEN m.deleted_at IS NULL THEN left(m.body, 141) END,
    last_deleted = m.deleted_at IS NOT NULL, last_message_at = m.created_at,
    last_author_role = (SELECT p.role FROM thread_participant p WHERE p.thread_id = t.id AND p.account_id = m.author_id)
FROM message m
WHERE m.thread_id = t.id AND m.seq = t.last_seq;

-- Each thread's member count and first six members for the inbox (migration V270), as its trigger keeps
-- them (the bulk load above ran with triggers off).
DO $$ BEGIN PERFORM thread_member_preview_rebuild(); END $$; -- (prints nothing: generate.sh's stdout is its report)
