-- Live updates over Server-Sent Events (notifications/live). Instances are stateless: what a
-- reconnecting app missed, the stream tickets and the open streams all live here, and instances tell
-- each other about new events with NOTIFY on the channel tandem_live (payload: ids only).

-- What each person's open apps are told: a new message, a read-state change, a notification. Kept
-- for tandem.live.replay-window (24 h by default) so that Last-Event-ID can replay a gap. ids come
-- from one sequence and are handed out under a per-tenant transaction lock held until commit (see
-- LiveEventStore), so within a tenant they commit in id order and "id > Last-Event-ID" skips nothing.
CREATE TABLE live_event (
    tenant_id    text        NOT NULL,
    recipient_id uuid        NOT NULL,
    id           bigint      GENERATED ALWAYS AS IDENTITY,
    type         text        NOT NULL CHECK (type ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$'),
    data         jsonb       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (tenant_id, recipient_id, id)
);
-- The listener's read of one NOTIFY's range (tenant, first id .. last id).
CREATE INDEX live_event_fanout ON live_event (tenant_id, id);

-- Everything at or below pruned_through has been pruned: a Last-Event-ID below it cannot be replayed
-- completely, and the app is told to refetch instead. Not tenant-owned: one row for the whole log.
CREATE TABLE live_replay_floor (
    only_row       boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    pruned_through bigint  NOT NULL DEFAULT 0
);
COMMENT ON TABLE live_replay_floor IS 'citus: local (coordinator). The live_event id at and below which events are pruned.';
INSERT INTO live_replay_floor DEFAULT VALUES;

-- Short-lived, single-use tickets that let a browser's EventSource (which cannot send headers) open
-- a stream: only the SHA-256 of the secret is kept; redeeming deletes the row.
CREATE TABLE live_ticket (
    tenant_id        text        NOT NULL,
    secret_hash      bytea       NOT NULL,
    account_id       uuid        NOT NULL,
    expires_at       timestamptz NOT NULL,
    session_ends_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, secret_hash)
);

-- The instances that hold streams, and when each last proved it is alive (every heartbeat).
CREATE TABLE live_instance (
    id      uuid        PRIMARY KEY,
    seen_at timestamptz NOT NULL
);
COMMENT ON TABLE live_instance IS 'citus: local (coordinator). Application instances holding live streams.';

-- Every open stream, for the bound on streams per person across instances. A stream whose instance
-- stopped proving it is alive no longer counts and is pruned.
CREATE TABLE live_stream (
    tenant_id   text        NOT NULL,
    account_id  uuid        NOT NULL,
    id          uuid        NOT NULL,
    instance_id uuid        NOT NULL,
    opened_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, account_id, id)
);
