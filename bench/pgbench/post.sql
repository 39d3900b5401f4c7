-- Every statement the application issues for one post (POST /threads/{id}/messages, no
-- clientMessageId, translation off as in the benchmark's application), written from the code:
-- ThreadRepository.poster (membership, thread, and for a guardian the current link and its
-- messaging permission) and MessageRepository.post (message, thread number and preview, counts,
-- and the outbox event message.posted / announcement.posted), and the live updates it causes
-- (LiveWriter, below).
-- Parameters come from bench.pg, built from the same request files as the HTTP runs.
\set k random(1, :n)
select me, tid, th, student, guardian, lang, chk, foreign_lang, from_seq, read_seq, after_at, after_id from bench.pg where scenario = 'post' and k = :k \gset
begin;
SELECT t.kind, t.locked, t.student_id, p.role,
       t.student_id IS NOT NULL AND p.role = 'guardian' AND EXISTS (SELECT 1 FROM guardian gd JOIN guardianship g ON g.guardian_id = gd.id
              WHERE gd.tenant_id = :tid AND gd.account_id = p.account_id AND gd.active
                AND g.tenant_id = :tid AND g.student_id = t.student_id AND g.active AND NOT g.no_contact AND true OFFSET 0) AS linked,
       t.student_id IS NOT NULL AND p.role = 'guardian' AND EXISTS (SELECT 1 FROM guardian gd JOIN guardianship g ON g.guardian_id = gd.id
              WHERE gd.tenant_id = :tid AND gd.account_id = p.account_id AND gd.active
                AND g.tenant_id = :tid AND g.student_id = t.student_id AND g.active AND NOT g.no_contact AND g.may_message_staff OFFSET 0) AS may_message_staff
FROM thread t
JOIN thread_participant p ON p.tenant_id = :tid AND p.thread_id = t.id AND p.account_id = :me AND p.active
WHERE t.tenant_id = :tid AND t.id = :th;
WITH m AS (
    INSERT INTO message (id, tenant_id, thread_id, seq, author_id, client_message_id, body, language, urgent, created_at, version)
    SELECT gen_random_uuid(), t.tenant_id, t.id, t.last_seq + 1, :me, CAST(NULL AS text), 'Thanks, see you at the conference on Tuesday. (pgbench)',
           coalesce(CAST(NULL AS text), (SELECT a.preferred_language FROM account a WHERE a.tenant_id = t.tenant_id AND a.id = :me), 'en'),
           false, now(), 0
    FROM thread t
    WHERE t.tenant_id = :tid AND t.id = :th
    FOR UPDATE OF t
    ON CONFLICT (tenant_id, thread_id, author_id, client_message_id) WHERE client_message_id IS NOT NULL DO NOTHING
    RETURNING *),
numbered AS (
    UPDATE thread t
    SET last_seq = m.seq, last_activity_at = m.created_at, last_message_id = m.id, last_author_id = m.author_id,
        last_snippet = left(m.body, 141), last_deleted = false, last_message_at = m.created_at,
        last_author_role = (SELECT ap.role FROM thread_participant ap WHERE ap.tenant_id = m.tenant_id AND ap.thread_id = m.thread_id AND ap.account_id = m.author_id)
    FROM m
    WHERE t.tenant_id = m.tenant_id AND t.id = m.thread_id
    RETURNING t.id),
counted AS (
    UPDATE thread_participant p
    SET unread_count = CASE WHEN p.account_id = m.author_id THEN 0 ELSE p.unread_count + 1 END,
        last_read_seq = CASE WHEN p.account_id = m.author_id THEN m.seq ELSE p.last_read_seq END,
        last_read_at = CASE WHEN p.account_id = m.author_id THEN m.created_at ELSE p.last_read_at END,
        archived = p.archived AND p.account_id = m.author_id,
        last_activity_at = m.created_at
    FROM m
    WHERE p.tenant_id = m.tenant_id AND p.thread_id = m.thread_id
      AND (p.account_id = m.author_id
           OR (p.active AND NOT EXISTS (SELECT 1 FROM contact_block b WHERE b.tenant_id = p.tenant_id AND b.blocker_id = p.account_id AND b.blocked_id = m.author_id)))
    RETURNING p.account_id),
announced AS (
    INSERT INTO domain_event (tenant_id, type, subject_id, actor_id, occurred_at, data)
    SELECT m.tenant_id, CASE WHEN t.kind = 'announcement' THEN 'announcement.posted' ELSE 'message.posted' END,
           m.id, m.author_id, m.created_at,
           jsonb_build_object('threadId', m.thread_id, 'messageId', m.id, 'seq', m.seq, 'threadKind', t.kind, 'urgent', m.urgent)
    FROM m JOIN thread t ON t.tenant_id = m.tenant_id AND t.id = m.thread_id)
SELECT m.id, m.thread_id, m.seq, m.author_id, coalesce(au.display_name, '') AS author_name, coalesce(ap.role, 'staff') AS author_role,
       m.client_message_id, m.body, m.language, m.urgent, m.deleted_at IS NOT NULL AS deleted,
       m.created_at, m.edited_at, m.version, (SELECT count(*) FROM numbered) + (SELECT count(*) FROM counted) AS written
FROM m
LEFT JOIN account au ON au.tenant_id = m.tenant_id AND au.id = m.author_id
LEFT JOIN thread_participant ap ON ap.tenant_id = m.tenant_id AND ap.thread_id = m.thread_id AND ap.account_id = m.author_id \gset posted_
-- LiveWriter (notifications/live): who may read the message now (ThreadReaders.of), then an event for
-- each of them. The application appends these after the commit, with other requests' events (up to 256),
-- in a transaction of its own that also takes a tenant lock and sends one NOTIFY; only the rows are
-- counted here (the lock, the NOTIFY and the commit are shared by the batch).
SELECT coalesce(array_agg(p.account_id), '{}')::text AS readers FROM thread t
JOIN thread_participant p ON p.tenant_id = :tid AND p.thread_id = t.id AND p.active
WHERE t.tenant_id = :tid AND t.id = :th
  AND (t.student_id IS NULL OR p.role <> 'guardian' OR EXISTS (SELECT 1 FROM guardian gd JOIN guardianship g ON g.guardian_id = gd.id
              WHERE gd.tenant_id = :tid AND gd.account_id = p.account_id AND gd.active
                AND g.tenant_id = :tid AND g.student_id = t.student_id AND g.active AND NOT g.no_contact AND true OFFSET 0))
  AND NOT EXISTS (SELECT 1 FROM contact_block b WHERE b.tenant_id = :tid AND b.blocker_id = p.account_id AND b.blocked_id = :me) \gset
INSERT INTO live_event (tenant_id, recipient_id, type, data)
SELECT :tid, e.recipient, 'message.posted', jsonb_build_object('threadId', CAST(:th AS text), 'messageId', CAST(:posted_id AS text),
       'seq', CAST(:posted_seq AS bigint), 'authorId', CAST(:me AS text), 'postedAt', now())
FROM unnest(CAST(:readers AS uuid[])) AS e (recipient);
commit;
