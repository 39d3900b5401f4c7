-- One student thread per student: starting a `student` thread that exists returns it.
-- student_thread_of is the student of the canonical student thread (the oldest one, for threads
-- made before this rule), null on every other thread; the unique index makes the rule hold under
-- concurrent starts.
ALTER TABLE thread ADD COLUMN student_thread_of uuid;

UPDATE thread t SET student_thread_of = t.student_id
WHERE t.kind = 'student' AND t.student_id IS NOT NULL
  AND t.id = (SELECT o.id FROM thread o
              WHERE o.tenant_id = t.tenant_id AND o.kind = 'student' AND o.student_id = t.student_id
              ORDER BY o.created_at, o.id LIMIT 1);

ALTER TABLE thread ADD CONSTRAINT thread_student_thread_of
    CHECK (student_thread_of IS NULL OR (kind = 'student' AND student_thread_of = student_id));

CREATE UNIQUE INDEX thread_one_per_student ON thread (tenant_id, student_thread_of)
    WHERE student_thread_of IS NOT NULL;
