-- The inbox shows each thread's latest message. A preview of it on the thread row saves the inbox
-- one message look-up per thread, which was most of the database's work for an inbox page on a
-- large district (docs/performance.md). Kept by MessageService when a message is posted, edited
-- or deleted; hiding a message for oneself does not change the preview (it never did).
ALTER TABLE thread
    ADD COLUMN last_message_id uuid REFERENCES message (id),
    ADD COLUMN last_author_id  uuid,
    -- The first 141 characters: one more than a snippet shows, so the view knows to add an ellipsis.
    ADD COLUMN last_snippet    text,
    ADD COLUMN last_deleted    boolean NOT NULL DEFAULT false,
    ADD COLUMN last_message_at timestamptz;

UPDATE thread t
SET last_message_id = m.id, last_author_id = m.author_id,
    last_snippet = CASE WHEN m.deleted_at IS NULL THEN left(m.body, 141) END,
    last_deleted = m.deleted_at IS NOT NULL, last_message_at = m.created_at
FROM message m
WHERE m.thread_id = t.id AND m.seq = t.last_seq;
