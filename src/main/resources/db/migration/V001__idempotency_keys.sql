-- Idempotency-Key records (draft-ietf-httpapi-idempotency-key-header, Stripe's behaviour).
-- One row per caller and key: the request's fingerprint, then the first response to replay.
CREATE TABLE idempotency_record (
    caller          text        NOT NULL,
    idempotency_key text        NOT NULL,
    fingerprint     text        NOT NULL,
    state           text        NOT NULL CHECK (state IN ('in_flight', 'completed')),
    status          integer,
    content_type    text,
    body            bytea,
    location        text,
    etag            text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX idempotency_record_expires_at ON idempotency_record (expires_at);
