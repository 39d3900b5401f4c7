-- Roster sync, REST pull (issue 17, item 5): one OneRoster 1.2 REST provider per district, its
-- OAuth 2.0 client-credentials settings (the client id and secret encrypted by the application:
-- AES-GCM, the district's id as associated data; never returned by the API), its schedule, and the
-- dateLastModified watermark of the last successful pull.
CREATE TABLE roster_rest_source (
    tenant_id          text NOT NULL REFERENCES district (tenant_id),
    base_url           text NOT NULL,
    token_url          text NOT NULL,
    credentials        bytea NOT NULL,
    scope              text,
    pull_every         interval,
    next_pull_at       timestamptz,
    watermark          timestamptz,
    last_pull_id       uuid,
    last_succeeded_at  timestamptz,
    updated_by         uuid NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id)
);
-- The scheduler's question on every instance: which districts are due (tenant_id leads, as on every
-- key; the scan is over one small row per district).
CREATE INDEX roster_rest_source_due ON roster_rest_source (tenant_id, next_pull_at) WHERE pull_every IS NOT NULL;

-- A pull is a job like a CSV import: it fetches first ('fetching'), then validates and writes. A
-- scheduled pull is requested by the schedule (requested_by = the district's id).
ALTER TABLE roster_import DROP CONSTRAINT roster_import_state_check;
ALTER TABLE roster_import ADD CONSTRAINT roster_import_state_check
    CHECK (state IN ('queued', 'fetching', 'validating', 'writing', 'succeeded', 'failed'));
ALTER TABLE roster_import DROP CONSTRAINT roster_import_requested_by_kind_check;
ALTER TABLE roster_import ADD CONSTRAINT roster_import_requested_by_kind_check
    CHECK (requested_by_kind IN ('account', 'client', 'schedule'));
ALTER TABLE roster_import ADD COLUMN pull_mode text CHECK (pull_mode IN ('full', 'delta'));
DROP INDEX roster_import_one_running;
CREATE UNIQUE INDEX roster_import_one_running ON roster_import (tenant_id)
    WHERE state IN ('queued', 'fetching', 'validating', 'writing');
