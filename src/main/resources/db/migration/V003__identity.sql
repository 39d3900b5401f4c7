-- Sign-in, tokens, joining and the audit of disclosures.

-- Opaque refresh tokens, stored hashed. Each use rotates the token within its family; using a
-- spent token again revokes the whole family (RFC 9700 §4.14.2).
CREATE TABLE refresh_token (
    id          uuid PRIMARY KEY,
    tenant_id   text NOT NULL REFERENCES district (tenant_id),
    account_id  uuid NOT NULL REFERENCES account (id),
    family_id   uuid NOT NULL,
    token_hash  text NOT NULL UNIQUE,
    state       text NOT NULL CHECK (state IN ('active', 'used', 'revoked')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX refresh_token_by_family ON refresh_token (family_id);
CREATE INDEX refresh_token_by_account ON refresh_token (account_id);

-- Machine clients of integrators (client_credentials grant), with scopes.
CREATE TABLE api_client (
    id           uuid PRIMARY KEY,
    tenant_id    text NOT NULL REFERENCES district (tenant_id),
    client_id    text NOT NULL UNIQUE,
    secret_hash  text NOT NULL,
    name         text NOT NULL,
    scopes       text[] NOT NULL DEFAULT '{}',
    active       boolean NOT NULL DEFAULT true,
    created_at   timestamptz NOT NULL DEFAULT now(),
    version      bigint NOT NULL DEFAULT 0
);

-- Fixed-window counters for throttling (sign-in per account and per client address). Kept in
-- PostgreSQL so every instance of the application shares them.
CREATE TABLE rate_limit_counter (
    bucket       text PRIMARY KEY,
    window_start timestamptz NOT NULL,
    hits         integer NOT NULL
);

CREATE TABLE password_reset (
    id          uuid PRIMARY KEY,
    tenant_id   text NOT NULL REFERENCES district (tenant_id),
    account_id  uuid NOT NULL REFERENCES account (id),
    token_hash  text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);

-- A staff member invites a guardian for a student. Single use, expiring, revocable.
CREATE TABLE invitation (
    id                  uuid PRIMARY KEY,
    tenant_id           text NOT NULL REFERENCES district (tenant_id),
    student_id          uuid NOT NULL REFERENCES student (id),
    email               text NOT NULL,
    relationship        text NOT NULL CHECK (relationship IN ('mother', 'father', 'guardian', 'grandparent', 'other')),
    invited_by          uuid NOT NULL REFERENCES account (id),
    token_hash          text NOT NULL UNIQUE,
    created_at          timestamptz NOT NULL DEFAULT now(),
    expires_at          timestamptz NOT NULL,
    accepted_at         timestamptz,
    accepted_account_id uuid REFERENCES account (id),
    revoked_at          timestamptz,
    version             bigint NOT NULL DEFAULT 0
);
CREATE INDEX invitation_by_student ON invitation (tenant_id, student_id, created_at DESC);

-- Class codes let a family ask to join a class for a named child; staff approve or decline.
CREATE TABLE class_code (
    class_id   uuid PRIMARY KEY REFERENCES school_class (id),
    tenant_id  text NOT NULL REFERENCES district (tenant_id),
    code       text NOT NULL,
    active     boolean NOT NULL DEFAULT true,
    rotated_at timestamptz NOT NULL DEFAULT now(),
    version    bigint NOT NULL DEFAULT 0,
    UNIQUE (code)
);

CREATE TABLE join_request (
    id             uuid PRIMARY KEY,
    tenant_id      text NOT NULL REFERENCES district (tenant_id),
    class_id       uuid NOT NULL REFERENCES school_class (id),
    account_id     uuid NOT NULL REFERENCES account (id),
    student_name   text NOT NULL,
    relationship   text NOT NULL CHECK (relationship IN ('mother', 'father', 'guardian', 'grandparent', 'other')),
    state          text NOT NULL CHECK (state IN ('pending', 'approved', 'declined')),
    student_id     uuid REFERENCES student (id),
    decided_by     uuid REFERENCES account (id),
    decided_at     timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint NOT NULL DEFAULT 0
);
CREATE INDEX join_request_by_class ON join_request (tenant_id, class_id, state, created_at, id);
CREATE UNIQUE INDEX join_request_one_pending ON join_request (class_id, account_id, lower(student_name)) WHERE state = 'pending';

-- Who read which student's records, when and why (FERPA disclosure log).
CREATE TABLE audit_event (
    id          uuid PRIMARY KEY,
    tenant_id   text NOT NULL REFERENCES district (tenant_id),
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor_id    uuid,
    actor_role  text NOT NULL,
    action      text NOT NULL,
    student_id  uuid NOT NULL,
    purpose     text NOT NULL,
    request_id  text
);
CREATE INDEX audit_event_by_student ON audit_event (tenant_id, student_id, occurred_at, id);
