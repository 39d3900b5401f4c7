-- Mail leaves the request: a request writes its mail here, in its own transaction, and a worker on
-- any instance sends it (claiming rows with FOR UPDATE SKIP LOCKED), retrying with backoff. A mail
-- is either pending, sent or failed (gave up after the last attempt).
--
-- Scale-out rule: keyed by tenant first. `about_id` names what the mail is about (an invitation, a
-- password reset) without a foreign key: it may point at rows of several tables, and tenant-led keys
-- on those tables are being rewritten (V080+), which a foreign key here would block.
CREATE TABLE mail_outbox (
    tenant_id       text        NOT NULL,
    id              uuid        NOT NULL,
    about_id        uuid,
    recipient       text        NOT NULL,
    subject         text        NOT NULL,
    body            text        NOT NULL,
    state           text        NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    PRIMARY KEY (tenant_id, id)
);

-- Only pending mail is indexed for the worker, so the index stays as small as the backlog.
CREATE INDEX mail_outbox_pending ON mail_outbox (tenant_id, next_attempt_at) WHERE state = 'pending';
CREATE INDEX mail_outbox_about ON mail_outbox (tenant_id, about_id) WHERE about_id IS NOT NULL;
