-- Roster sync (issue 17): OneRoster imports as jobs, the changes each one made (or would make, for
-- a dry run), and integrator scopes in their dotted form.

-- Scopes are written with dots, like the rest of the API's vocabulary (roster.write, roster.read,
-- directory.read); clients created before this migration carried colon forms.
UPDATE api_client
   SET scopes = ARRAY(SELECT DISTINCT replace(s, ':', '.') FROM unnest(scopes) AS s ORDER BY 1);
UPDATE api_client
   SET scopes = scopes || ARRAY['directory.read']
 WHERE 'roster.read' = ANY (scopes) AND NOT 'directory.read' = ANY (scopes);

-- One import (or dry run) of a OneRoster package for a district. files holds the per-file progress
-- ([{name, mode, rowsTotal, rowsDone}]), summary the counts per record type, errors every invalid
-- row ({count, items: [{file, line, column, reason}]}). heartbeat_at moves while the job works: a job whose
-- heartbeat stopped (its instance died) is failed by the next import of that district.
CREATE TABLE roster_import (
    tenant_id          text NOT NULL REFERENCES district (tenant_id),
    id                 uuid NOT NULL,
    state              text NOT NULL CHECK (state IN ('queued', 'validating', 'writing', 'succeeded', 'failed')),
    dry_run            boolean NOT NULL,
    deactivate_missing boolean NOT NULL,
    source             text NOT NULL CHECK (source IN ('csv', 'rest')),
    oneroster_version  text,
    requested_by       uuid NOT NULL,
    requested_by_kind  text NOT NULL CHECK (requested_by_kind IN ('account', 'client')),
    files              jsonb NOT NULL DEFAULT '[]',
    summary            jsonb,
    errors             jsonb NOT NULL DEFAULT '{"count": 0, "items": []}',
    warnings           jsonb NOT NULL DEFAULT '[]',
    failure            text,
    created_at         timestamptz NOT NULL,
    started_at         timestamptz,
    finished_at        timestamptz,
    heartbeat_at       timestamptz NOT NULL,
    version            bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX roster_import_by_time ON roster_import (tenant_id, created_at DESC, id DESC);
-- Two imports of one district never run at once: the second is refused (409) by this index.
CREATE UNIQUE INDEX roster_import_one_running ON roster_import (tenant_id)
    WHERE state IN ('queued', 'validating', 'writing');

-- Each record an import created, updated or deactivated (or would have, in a dry run), with the
-- fields that changed. Unchanged records are only counted, in roster_import.summary.
CREATE TABLE roster_import_change (
    tenant_id      text NOT NULL,
    import_id      uuid NOT NULL,
    seq            integer NOT NULL,
    record_type    text NOT NULL,
    sourced_id     text NOT NULL,
    action         text NOT NULL CHECK (action IN ('created', 'updated', 'deactivated')),
    changed_fields text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (tenant_id, import_id, seq),
    FOREIGN KEY (tenant_id, import_id) REFERENCES roster_import (tenant_id, id) ON DELETE CASCADE
);
