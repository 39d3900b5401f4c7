-- Messaging: threads, their participants (with per-participant read state), messages, edits,
-- hides, scheduled sends, translations, office hours, reports and blocks.

CREATE TABLE thread (
    id                uuid PRIMARY KEY,
    tenant_id         text NOT NULL REFERENCES district (tenant_id),
    kind              text NOT NULL CHECK (kind IN ('direct', 'student', 'group', 'announcement')),
    subject           text,
    student_id        uuid REFERENCES student (id),
    class_id          uuid REFERENCES school_class (id),
    -- announcements: the audience it was sent to (class, grade of a school, or school)
    audience          text CHECK (audience IN ('class', 'grade', 'school')),
    audience_school_id uuid REFERENCES school (id),
    audience_grade    text,
    created_by        uuid NOT NULL REFERENCES account (id),
    locked            boolean NOT NULL DEFAULT false,
    last_seq          bigint NOT NULL DEFAULT 0,
    last_activity_at  timestamptz NOT NULL DEFAULT now(),
    created_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint NOT NULL DEFAULT 0
);
CREATE INDEX thread_by_student ON thread (student_id) WHERE student_id IS NOT NULL;
CREATE INDEX thread_by_class ON thread (class_id) WHERE class_id IS NOT NULL;

-- One row per account and thread. Membership of student, group and announcement threads is
-- computed from guardianships (active = currently a member); read state and inbox flags live here.
-- unread_count is maintained with every change so the inbox never counts messages.
CREATE TABLE thread_participant (
    thread_id         uuid NOT NULL REFERENCES thread (id),
    account_id        uuid NOT NULL REFERENCES account (id),
    tenant_id         text NOT NULL REFERENCES district (tenant_id),
    role              text NOT NULL CHECK (role IN ('staff', 'guardian')),
    -- 'explicit': added by name; 'computed': derived from guardianships, class or audience
    source            text NOT NULL CHECK (source IN ('explicit', 'computed')),
    active            boolean NOT NULL DEFAULT true,
    last_read_seq     bigint NOT NULL DEFAULT 0,
    last_read_at      timestamptz,
    unread_count      integer NOT NULL DEFAULT 0 CHECK (unread_count >= 0),
    archived          boolean NOT NULL DEFAULT false,
    muted             boolean NOT NULL DEFAULT false,
    starred           boolean NOT NULL DEFAULT false,
    last_activity_at  timestamptz NOT NULL DEFAULT now(),
    joined_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (thread_id, account_id)
);
-- The inbox: newest activity first, keyset on (last_activity_at, thread_id).
CREATE INDEX inbox ON thread_participant (account_id, archived, last_activity_at DESC, thread_id DESC) WHERE active;
CREATE INDEX inbox_unread ON thread_participant (account_id, last_activity_at DESC, thread_id DESC)
    WHERE active AND unread_count > 0;

CREATE TABLE message (
    id                uuid PRIMARY KEY,
    tenant_id         text NOT NULL REFERENCES district (tenant_id),
    thread_id         uuid NOT NULL REFERENCES thread (id),
    seq               bigint NOT NULL,
    author_id         uuid NOT NULL REFERENCES account (id),
    client_message_id text,
    body              text,
    language          text NOT NULL,
    urgent            boolean NOT NULL DEFAULT false,
    created_at        timestamptz NOT NULL DEFAULT now(),
    edited_at         timestamptz,
    deleted_at        timestamptz,
    version           bigint NOT NULL DEFAULT 0,
    search            tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(body, ''))) STORED,
    UNIQUE (thread_id, seq),
    CHECK (deleted_at IS NOT NULL OR body IS NOT NULL)
);
-- A resend after a dropped connection finds the first copy instead of posting twice.
CREATE UNIQUE INDEX message_client_id ON message (thread_id, author_id, client_message_id)
    WHERE client_message_id IS NOT NULL;
CREATE INDEX message_search ON message USING gin (search);

CREATE TABLE message_edit (
    id            uuid PRIMARY KEY,
    tenant_id     text NOT NULL REFERENCES district (tenant_id),
    message_id    uuid NOT NULL REFERENCES message (id),
    previous_body text NOT NULL,
    edited_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX message_edit_by_message ON message_edit (message_id, edited_at);

-- "Hide for me".
CREATE TABLE message_hidden (
    message_id  uuid NOT NULL REFERENCES message (id),
    account_id  uuid NOT NULL REFERENCES account (id),
    tenant_id   text NOT NULL REFERENCES district (tenant_id),
    hidden_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, message_id)
);

-- Staff may schedule a message; it enters the thread (and counts as unread) only at send_at.
CREATE TABLE scheduled_message (
    id                uuid PRIMARY KEY,
    tenant_id         text NOT NULL REFERENCES district (tenant_id),
    thread_id         uuid NOT NULL REFERENCES thread (id),
    author_id         uuid NOT NULL REFERENCES account (id),
    client_message_id text,
    body              text NOT NULL,
    language          text NOT NULL,
    urgent            boolean NOT NULL DEFAULT false,
    send_at           timestamptz NOT NULL,
    state             text NOT NULL CHECK (state IN ('scheduled', 'sent', 'cancelled')),
    message_id        uuid REFERENCES message (id),
    created_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint NOT NULL DEFAULT 0
);
CREATE INDEX scheduled_message_due ON scheduled_message (send_at) WHERE state = 'scheduled';
CREATE INDEX scheduled_message_by_thread ON scheduled_message (thread_id, send_at);

-- Renditions of a message in other languages, with their source.
CREATE TABLE message_translation (
    message_id  uuid NOT NULL REFERENCES message (id),
    language    text NOT NULL,
    tenant_id   text NOT NULL REFERENCES district (tenant_id),
    body        text NOT NULL,
    source      text NOT NULL CHECK (source IN ('machine', 'human')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (message_id, language)
);

-- Translation work, done asynchronously so that a post never waits for a provider.
CREATE TABLE translation_job (
    message_id      uuid NOT NULL REFERENCES message (id),
    language        text NOT NULL,
    tenant_id       text NOT NULL REFERENCES district (tenant_id),
    state           text NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    PRIMARY KEY (message_id, language)
);
CREATE INDEX translation_job_due ON translation_job (next_attempt_at) WHERE state = 'pending';

CREATE TABLE office_hours (
    account_id  uuid PRIMARY KEY REFERENCES account (id),
    tenant_id   text NOT NULL REFERENCES district (tenant_id),
    time_zone   text NOT NULL,
    -- [{"day": "monday", "start": "08:00", "end": "15:30"}, ...]
    weekly      jsonb NOT NULL,
    version     bigint NOT NULL DEFAULT 0
);

CREATE TABLE message_report (
    id           uuid PRIMARY KEY,
    tenant_id    text NOT NULL REFERENCES district (tenant_id),
    message_id   uuid NOT NULL REFERENCES message (id),
    reporter_id  uuid NOT NULL REFERENCES account (id),
    reason       text NOT NULL CHECK (reason IN ('harassment', 'inappropriate', 'spam', 'safety', 'other')),
    note         text,
    state        text NOT NULL CHECK (state IN ('open', 'dismissed', 'actioned')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    resolved_by  uuid REFERENCES account (id),
    resolved_at  timestamptz,
    version      bigint NOT NULL DEFAULT 0,
    UNIQUE (message_id, reporter_id)
);
CREATE INDEX message_report_queue ON message_report (tenant_id, state, created_at, id);

CREATE TABLE contact_block (
    blocker_id  uuid NOT NULL REFERENCES account (id),
    blocked_id  uuid NOT NULL REFERENCES account (id),
    tenant_id   text NOT NULL REFERENCES district (tenant_id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (blocker_id, blocked_id),
    CHECK (blocker_id <> blocked_id)
);
