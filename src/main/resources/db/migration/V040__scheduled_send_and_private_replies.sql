-- Scheduled send: why a scheduled message was not sent, and one scheduled message per client id
-- (a resend after a dropped connection finds the first instead of scheduling twice).
ALTER TABLE scheduled_message
    ADD COLUMN cancel_reason text CHECK (cancel_reason IN ('author', 'thread_locked', 'author_left')),
    ADD COLUMN state_changed_at timestamptz,
    ADD CONSTRAINT scheduled_message_cancel_reason CHECK ((state = 'cancelled') = (cancel_reason IS NOT NULL)),
    ADD CONSTRAINT scheduled_message_sent CHECK ((state = 'sent') = (message_id IS NOT NULL));
CREATE UNIQUE INDEX scheduled_message_client_id ON scheduled_message (thread_id, author_id, client_message_id)
    WHERE client_message_id IS NOT NULL;
CREATE INDEX scheduled_message_by_author ON scheduled_message (thread_id, author_id, send_at, id);

-- A recipient's private reply to an announcement: the direct thread it opened with the author.
-- One per recipient and announcement, so replying again continues the same conversation.
CREATE TABLE announcement_reply (
    announcement_id uuid NOT NULL REFERENCES thread (id),
    recipient_id    uuid NOT NULL REFERENCES account (id),
    tenant_id       text NOT NULL REFERENCES district (tenant_id),
    thread_id       uuid NOT NULL UNIQUE REFERENCES thread (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (announcement_id, recipient_id)
);
