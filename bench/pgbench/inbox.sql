-- The SQL the application issues for one request (ThreadService.inbox, first page), with the parameters the HTTP runs use
-- (bench.pg, built from the same request files). Keep in step with the code when it changes.
\set k random(1, :n)
select me, tid, th, student, guardian, lang, chk, foreign_lang, from_seq, read_seq, after_at, after_id from bench.pg where scenario = 'inbox' and k = :k \gset
SELECT t.id, t.kind, t.subject, t.student_id, t.class_id, t.created_by, t.locked, t.last_seq, t.last_activity_at, t.version, t.last_message_id, t.last_author_id, t.last_snippet, t.last_deleted, t.last_message_at, p.role, p.unread_count, p.last_read_seq, p.archived, p.muted, p.starred, p.last_activity_at AS participant_activity_at FROM thread_participant p JOIN thread t ON t.tenant_id = :tid AND t.id = p.thread_id WHERE p.tenant_id = :tid AND p.account_id = :me AND p.active AND p.archived = false ORDER BY p.last_activity_at DESC, p.thread_id DESC LIMIT 26;
