-- Privacy and data rights (issue 20): erasure records, student exports, the disclosure log and each
-- district's retention policy with the record of its daily runs. Every table is tenant-owned and keyed
-- by tenant first (scale-out rule).

-- That a deletion took place, who ordered it and when: deliberately nothing that identifies whom it
-- was about (no student or guardian id, no name), only how many rows each feature removed.
CREATE TABLE erasure_record (
    tenant_id       text        NOT NULL REFERENCES district (tenant_id),
    id              uuid        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('student', 'account')),
    ordered_by      uuid        NOT NULL,
    ordered_by_role text        NOT NULL,
    ordered_at      timestamptz NOT NULL,
    rows_removed    jsonb       NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX erasure_record_by_time ON erasure_record (tenant_id, ordered_at, id);

-- An export of everything about a student, built by a job into a zip archive kept in the database
-- (instances stay stateless) until it expires. What it may hold is fixed when it is asked for.
CREATE TABLE student_export (
    tenant_id            text        NOT NULL REFERENCES district (tenant_id),
    id                   uuid        NOT NULL,
    student_id           uuid        NOT NULL,
    requested_by         uuid        NOT NULL,
    requester_role       text        NOT NULL CHECK (requester_role IN ('guardian', 'administrator')),
    purpose              text        NOT NULL,
    include_goals        boolean     NOT NULL,
    include_confidential boolean     NOT NULL,
    state                text        NOT NULL CHECK (state IN ('queued', 'running', 'ready', 'failed', 'expired')),
    attempts             integer     NOT NULL DEFAULT 0,
    claimed_at           timestamptz,
    finished_at          timestamptz,
    expires_at           timestamptz,
    archive              bytea,
    archive_bytes        integer,
    failure              text,
    created_at           timestamptz NOT NULL,
    version              bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id),
    CHECK ((state = 'ready') = (archive IS NOT NULL))
);
CREATE INDEX student_export_due ON student_export (created_at) WHERE state IN ('queued', 'running');
CREATE INDEX student_export_by_student ON student_export (tenant_id, student_id, created_at);
CREATE INDEX student_export_ready ON student_export (expires_at) WHERE state = 'ready';

-- FERPA §99.32: each disclosure of a student's records (an export handed over, an integrator's read)
-- with who received it, what, when and why. Kept as long as the student's records are.
CREATE TABLE disclosure (
    tenant_id      text        NOT NULL REFERENCES district (tenant_id),
    id             uuid        NOT NULL,
    student_id     uuid        NOT NULL,
    occurred_at    timestamptz NOT NULL,
    recipient_kind text        NOT NULL CHECK (recipient_kind IN ('guardian', 'administrator', 'integrator')),
    recipient_id   uuid        NOT NULL,
    records        text        NOT NULL,
    purpose        text        NOT NULL,
    export_id      uuid,
    request_id     text,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id),
    FOREIGN KEY (tenant_id, export_id) REFERENCES student_export (tenant_id, id)
);
CREATE INDEX disclosure_by_student ON disclosure (tenant_id, student_id, occurred_at, id);

-- A district's retention periods in days; a district without a row keeps the defaults (docs/privacy.md).
CREATE TABLE retention_policy (
    tenant_id          text        NOT NULL REFERENCES district (tenant_id),
    messages_days      integer     NOT NULL CHECK (messages_days BETWEEN 30 AND 36500),
    celebrations_days  integer     NOT NULL CHECK (celebrations_days BETWEEN 30 AND 36500),
    closed_goals_days  integer     NOT NULL CHECK (closed_goals_days BETWEEN 30 AND 36500),
    notifications_days integer     NOT NULL CHECK (notifications_days BETWEEN 1 AND 36500),
    audit_days         integer     NOT NULL CHECK (audit_days BETWEEN 365 AND 36500),
    deliveries_days    integer     NOT NULL CHECK (deliveries_days BETWEEN 1 AND 36500),
    updated_by         uuid        NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id)
);

-- One row per district and day: inserting it claims the day's run, so with several instances the
-- policy is enforced once; it then records how many rows each category lost.
CREATE TABLE retention_run (
    tenant_id   text        NOT NULL REFERENCES district (tenant_id),
    run_on      date        NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    removed     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (tenant_id, run_on)
);
