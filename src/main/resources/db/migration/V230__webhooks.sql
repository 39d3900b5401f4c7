-- Webhooks (issue 19): endpoints that district administrators and integrators register, their signing
-- secrets, one delivery per (endpoint, event) fanned out from the outbox (domain_event), and every
-- attempt to send it. Every key leads with tenant_id (the scale-out rule, V080). Deliveries refer to the
-- event and its subject by plain columns (no foreign key into domain_event, which privacy erasure and
-- retention prune on their own terms).

CREATE TABLE webhook_endpoint (
    tenant_id        text        NOT NULL REFERENCES district (tenant_id),
    id               uuid        NOT NULL,
    url              text        NOT NULL CHECK (char_length(url) BETWEEN 8 AND 2000),
    description      text        CHECK (char_length(description) <= 500),
    event_types      text[]      NOT NULL CHECK (cardinality(event_types) BETWEEN 1 AND 100),
    -- enabled: delivered; paused (by its owner): deliveries queue and wait; disabled (410 or failing
    -- for days): no new deliveries, queued ones wait until the owner enables it again.
    status           text        NOT NULL DEFAULT 'enabled' CHECK (status IN ('enabled', 'paused', 'disabled')),
    disabled_reason  text        CHECK (char_length(disabled_reason) <= 500),
    -- Exactly one owner: an administrator's account or an integrator's client (api_client.id).
    owner_account_id uuid,
    owner_client_id  uuid,
    -- Since when every attempt has failed (null while the last attempt succeeded).
    failing_since    timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    deleted_at       timestamptz,
    version          bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK ((owner_account_id IS NULL) <> (owner_client_id IS NULL))
);
CREATE INDEX webhook_endpoint_live ON webhook_endpoint (tenant_id) WHERE deleted_at IS NULL;

-- A signing secret, sealed with AES-256-GCM (tandem.webhooks.secret-key). After a rotation the old
-- secret keeps signing until expires_at, so receivers can switch without losing a delivery.
CREATE TABLE webhook_secret (
    tenant_id   text        NOT NULL,
    endpoint_id uuid        NOT NULL,
    id          uuid        NOT NULL,
    sealed      bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, endpoint_id) REFERENCES webhook_endpoint (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX webhook_secret_endpoint ON webhook_secret (tenant_id, endpoint_id);

-- One event for one endpoint. The unique key makes the fan-out idempotent.
CREATE TABLE webhook_delivery (
    tenant_id       text        NOT NULL,
    id              uuid        NOT NULL,
    endpoint_id     uuid        NOT NULL,
    event_id        bigint      NOT NULL,
    event_type      text        NOT NULL,
    subject_id      uuid,
    status          text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
    attempts        int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    last_status     int,
    last_error      text        CHECK (char_length(last_error) <= 500),
    -- Set by a manual replay until its attempt is recorded (the attempt is marked manual).
    replay          boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, endpoint_id, event_id),
    FOREIGN KEY (tenant_id, endpoint_id) REFERENCES webhook_endpoint (tenant_id, id) ON DELETE CASCADE
);
-- The dispatcher's walk: due deliveries across tenants.
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending';
-- An endpoint's deliveries, newest first (the owner's list).
CREATE INDEX webhook_delivery_endpoint ON webhook_delivery (tenant_id, endpoint_id, created_at DESC, id DESC);
CREATE INDEX webhook_delivery_subject ON webhook_delivery (tenant_id, subject_id) WHERE subject_id IS NOT NULL;

-- Every attempt: when, the answer's status, how long it took, and the first bytes of the answer.
CREATE TABLE webhook_attempt (
    tenant_id        text        NOT NULL,
    id               bigint      GENERATED ALWAYS AS IDENTITY,
    delivery_id      uuid        NOT NULL,
    endpoint_id      uuid        NOT NULL,
    attempted_at     timestamptz NOT NULL,
    status_code      int,
    latency_ms       int         NOT NULL,
    outcome          text        NOT NULL CHECK (outcome IN ('succeeded', 'failed', 'timeout', 'refused', 'gone')),
    response_excerpt text        CHECK (char_length(response_excerpt) <= 1024),
    error            text        CHECK (char_length(error) <= 500),
    manual           boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, delivery_id) REFERENCES webhook_delivery (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (tenant_id, delivery_id, id);
