-- The transactional outbox: every feature appends what happened (a message posted, a goal achieved, an
-- RSVP promoted, ...) in the same transaction as the change, so an event exists exactly when its change
-- committed. Notifications, webhooks and the changes feed read it; nothing here is ever updated.
--
-- tx_id is the writing transaction's id (pg_current_xact_id()). Readers walk the log in (tx_id, id)
-- order and only read rows whose transaction is older than every transaction still running
-- (tx_id < pg_snapshot_xmin(pg_current_snapshot())): a row committed later can then never sort before
-- a position a reader has passed, so a cursor over (tx_id, id) is gap-free even though ids are handed
-- out before commit (see platform/outbox/OutboxReader.java).
--
-- Scale-out rule: keyed by tenant first. subject_id names the main thing the event is about (a
-- message, a goal, an event) without a foreign key: it points into many tables.
CREATE TABLE domain_event (
    tenant_id   text        NOT NULL,
    id          bigint      GENERATED ALWAYS AS IDENTITY,
    tx_id       xid8        NOT NULL DEFAULT pg_current_xact_id(),
    type        text        NOT NULL CHECK (type ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$'),
    subject_id  uuid,
    actor_id    uuid,
    occurred_at timestamptz NOT NULL,
    data        jsonb       NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (tenant_id, id)
);

-- The global walk (notification fan-out, webhook fan-out) and a tenant's walk (the changes feed).
CREATE INDEX domain_event_log ON domain_event (tx_id, id);
CREATE INDEX domain_event_tenant_log ON domain_event (tenant_id, tx_id, id);
CREATE INDEX domain_event_subject ON domain_event (tenant_id, subject_id) WHERE subject_id IS NOT NULL;

-- Where each consumer of the log has got to. Not tenant-owned (infrastructure): one row per consumer
-- ('notifications', 'webhooks'). A consumer locks its row for the batch it handles, so with several
-- instances on one database each event is handled by one of them, once.
CREATE TABLE outbox_consumer (
    name       text        PRIMARY KEY,
    last_tx    xid8        NOT NULL DEFAULT '0'::xid8,
    last_id    bigint      NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE outbox_consumer IS 'citus: local (coordinator). Where each consumer of domain_event has got to.';
