-- The SQL the application issues for one request (ThreadService.unreadTotal), with the parameters the HTTP runs use
-- (bench.pg, built from the same request files). Keep in step with the code when it changes.
\set k random(1, :n)
select me, tid, th, student, guardian, lang, chk, foreign_lang, from_seq, read_seq, after_at, after_id from bench.pg where scenario = 'unread' and k = :k \gset
SELECT coalesce(sum(unread_count), 0) FROM thread_participant WHERE tenant_id = :tid AND account_id = :me AND active AND unread_count > 0 AND NOT archived AND NOT muted;
