-- Notifications (issue 18): the notifications consumer of the outbox (domain_event) turns each event
-- into one feed entry per recipient (notification) and queues its deliveries (notification_delivery,
-- the delivery ledger); workers on any instance claim due deliveries with FOR UPDATE SKIP LOCKED.
--
-- Scale-out rule: keyed by tenant first. recipient_id / account_id are plain uuid columns without a
-- foreign key, so that erasure and retention (issue 20) delete by them without ordering constraints.

-- The in-app feed: what a person was told, in their language at the time, and whether they read it.
CREATE TABLE notification (
    tenant_id    text        NOT NULL,
    id           uuid        NOT NULL,
    recipient_id uuid        NOT NULL,
    event_id     bigint      NOT NULL,
    kind         text        NOT NULL,
    subject_id   uuid,
    title        text        NOT NULL,
    body         text        NOT NULL DEFAULT '',
    link         text,
    data         jsonb       NOT NULL DEFAULT '{}'::jsonb,
    urgent       boolean     NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL,
    read_at      timestamptz,
    PRIMARY KEY (tenant_id, id),
    -- An event is turned into a person's notification once, even if its batch is handled again.
    UNIQUE (tenant_id, event_id, recipient_id)
);
CREATE INDEX notification_feed ON notification (tenant_id, recipient_id, created_at DESC, id DESC);
CREATE INDEX notification_unread ON notification (tenant_id, recipient_id) WHERE read_at IS NULL;
CREATE INDEX notification_of_subject ON notification (tenant_id, subject_id, kind);

-- The delivery ledger: one row per notification and channel tried. States:
--   queued    waiting for its turn (next_attempt_at), or for a retry after a provider's transient error
--   held      waiting for the end of the recipient's quiet hours (next_attempt_at)
--   digest    gathered into the recipient's next daily or weekly digest email
--   sent      handed to the provider, which accepted it;  delivered: the provider confirmed delivery
--   failed    given up (permanent error, or the last retry failed)
--   skipped   not tried or no address on this channel (the next channel was queued instead)
CREATE TABLE notification_delivery (
    tenant_id       text        NOT NULL,
    id              uuid        NOT NULL,
    notification_id uuid        NOT NULL,
    recipient_id    uuid        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('in_app', 'push', 'email')),
    state           text        NOT NULL CHECK (state IN ('queued', 'held', 'digest', 'sent', 'delivered', 'failed', 'skipped')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    address         text,
    provider_status integer,
    provider_answer text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, notification_id, channel),
    FOREIGN KEY (tenant_id, notification_id) REFERENCES notification (tenant_id, id) ON DELETE CASCADE
);
-- Only what is still to do is indexed for the workers, so the index stays as small as the backlog.
CREATE INDEX notification_delivery_due ON notification_delivery (next_attempt_at) WHERE state IN ('queued', 'held');
CREATE INDEX notification_delivery_digest ON notification_delivery (tenant_id, recipient_id) WHERE state = 'digest';
CREATE INDEX notification_delivery_of_recipient ON notification_delivery (tenant_id, recipient_id, created_at DESC);

-- What a person chose, per kind of notification and channel (a missing row: the default, on).
CREATE TABLE notification_preference (
    tenant_id  text    NOT NULL,
    account_id uuid    NOT NULL,
    kind       text    NOT NULL,
    channel    text    NOT NULL CHECK (channel IN ('push', 'email')),
    enabled    boolean NOT NULL,
    PRIMARY KEY (tenant_id, account_id, kind, channel)
);

-- A person's quiet hours (local times in their time zone; start > end spans midnight) and digest choice.
CREATE TABLE notification_setting (
    tenant_id      text        NOT NULL,
    account_id     uuid        NOT NULL,
    time_zone      text        NOT NULL DEFAULT 'UTC',
    quiet_start    time,
    quiet_end      time,
    digest         text        NOT NULL DEFAULT 'off' CHECK (digest IN ('off', 'daily', 'weekly')),
    -- The local hour digests go out at, and for weekly ones the ISO day of week (1 = Monday).
    digest_hour    integer     NOT NULL DEFAULT 18 CHECK (digest_hour BETWEEN 0 AND 23),
    digest_day     integer     NOT NULL DEFAULT 5 CHECK (digest_day BETWEEN 1 AND 7),
    last_digest_at timestamptz,
    version        bigint      NOT NULL DEFAULT 0,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, account_id),
    CHECK ((quiet_start IS NULL) = (quiet_end IS NULL))
);
