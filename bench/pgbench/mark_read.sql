-- Every statement the application issues for one mark-read (POST /threads/{id}/read), written from
-- the code: ThreadRepository.reader (membership, language, current link, read state),
-- ParticipantRepository.markReadUpTo (the recount, on the condition that the row is the version
-- just read, returning the thread view in the same statement) and, for a guardian,
-- OfficeHoursRepository.ofThreadMembers (the thread's staff office hours), and the live update it
-- causes (LiveWriter, below).
-- Parameters come from bench.pg, built from the same request files as the HTTP runs.
\set k random(1, :n)
select me, tid, th, student, guardian, lang, chk, foreign_lang, from_seq, read_seq, after_at, after_id from bench.pg where scenario = 'mark_read' and k = :k \gset
begin;
SELECT t.student_id, p.role, a.preferred_language, t.last_seq, p.xmin::text AS row_version,
       t.student_id IS NOT NULL AND p.role = 'guardian' AND EXISTS (SELECT 1 FROM guardian gd JOIN guardianship g ON g.guardian_id = gd.id
              WHERE gd.tenant_id = :tid AND gd.account_id = p.account_id AND gd.active
                AND g.tenant_id = :tid AND g.student_id = t.student_id AND g.active AND NOT g.no_contact AND true OFFSET 0) AS linked
FROM thread t
JOIN thread_participant p ON p.tenant_id = :tid AND p.thread_id = t.id AND p.account_id = :me AND p.active
LEFT JOIN account a ON a.tenant_id = :tid AND a.id = p.account_id
WHERE t.tenant_id = :tid AND t.id = :th \gset
WITH p AS (UPDATE thread_participant p SET last_read_seq = greatest(p.last_read_seq, :read_seq), last_read_at = now(),
       unread_count = (SELECT count(*) FROM message m
                       WHERE m.tenant_id = p.tenant_id AND m.thread_id = p.thread_id AND m.seq > greatest(p.last_read_seq, :read_seq)
                         AND m.deleted_at IS NULL AND m.author_id <> p.account_id
                         AND NOT EXISTS (SELECT 1 FROM message_hidden h WHERE h.tenant_id = p.tenant_id AND h.message_id = m.id AND h.account_id = p.account_id)
                         AND NOT EXISTS (SELECT 1 FROM contact_block b WHERE b.tenant_id = p.tenant_id AND b.blocker_id = p.account_id AND b.blocked_id = m.author_id))
WHERE p.tenant_id = :tid AND p.thread_id = :th AND p.account_id = :me
  AND (CAST(:row_version AS text) IS NULL OR p.xmin::text = CAST(:row_version AS text))
  AND :read_seq <= (SELECT t.last_seq FROM thread t WHERE t.tenant_id = :tid AND t.id = :th)
RETURNING p.*)
SELECT t.id, t.kind, t.subject, t.student_id, t.class_id, t.created_by, t.locked, t.last_seq, t.last_activity_at, t.version, t.last_message_id, t.last_author_id, t.last_snippet, t.last_deleted, t.last_message_at, p.role, p.unread_count, p.last_read_seq, p.archived, p.muted, p.starred, p.last_activity_at AS participant_activity_at, t.last_author_role, (SELECT la.display_name FROM account la WHERE la.tenant_id = t.tenant_id AND la.id = t.last_author_id) AS last_author_name, CASE WHEN t.kind = 'announcement' THEN (SELECT json_build_array(json_build_object('accountId', ca.id, 'name', ca.display_name, 'role', 'staff')) FROM account ca WHERE ca.tenant_id = t.tenant_id AND ca.id = t.created_by) ELSE (SELECT coalesce(json_agg(json_build_object('accountId', q.account_id, 'name', qa.display_name, 'role', q.role) ORDER BY q.role DESC, qa.display_name, q.account_id), '[]') FROM thread_participant q JOIN account qa ON qa.tenant_id = q.tenant_id AND qa.id = q.account_id WHERE q.tenant_id = t.tenant_id AND q.thread_id = t.id AND q.active) END AS members, CASE WHEN t.kind = 'announcement' THEN 1 ELSE (SELECT count(*) FROM thread_participant c WHERE c.tenant_id = t.tenant_id AND c.thread_id = t.id AND c.active) END AS member_count
FROM p JOIN thread t ON t.tenant_id = :tid AND t.id = p.thread_id;
\if :chk
SELECT p.account_id, h.time_zone, h.weekly
FROM thread_participant p
LEFT JOIN office_hours h ON h.tenant_id = p.tenant_id AND h.account_id = p.account_id
WHERE p.tenant_id = :tid AND p.thread_id = :th AND p.active AND p.role = 'staff';
\endif
-- LiveWriter (notifications/live): the read-state change for the reader's open apps. The application
-- appends it after the request, with up to 255 other events, in a transaction of its own that also takes
-- a tenant lock and sends one NOTIFY; only the row is counted here (the lock, the NOTIFY and the commit
-- are shared by the batch).
INSERT INTO live_event (tenant_id, recipient_id, type, data)
VALUES (:tid, :me, 'thread.read', jsonb_build_object('threadId', CAST(:th AS text), 'readUpToSeq', CAST(:read_seq AS bigint), 'unreadCount', 0));
commit;
