-- Celebrations (issue 16): recognition of a student or a class with an optional badge from the
-- district's catalog, reactions and short replies, appreciation of staff, and the link between an
-- achieved goal and its celebration. Every key leads with tenant_id (the scale-out rule, V080).
-- Lengths and shapes are checked here as well as in the API.

CREATE TABLE badge (
    tenant_id   text NOT NULL REFERENCES district (tenant_id),
    id          uuid NOT NULL,
    name        text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 80),
    description text CHECK (char_length(description) <= 500),
    symbol      text NOT NULL CHECK (symbol IN ('star', 'heart', 'trophy', 'medal', 'rocket', 'sun', 'rainbow', 'book',
                                                'lightbulb', 'handshake', 'sparkles', 'mountain')),
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX badge_name ON badge (tenant_id, lower(name));

-- A celebration is of one student or of one class (never both). A class celebration names no child.
CREATE TABLE celebration (
    tenant_id    text NOT NULL REFERENCES district (tenant_id),
    id           uuid NOT NULL,
    student_id   uuid,
    class_id     uuid,
    author_id    uuid NOT NULL,
    title        text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    message      text CHECK (char_length(message) <= 2000),
    category     text NOT NULL CHECK (category IN ('academic', 'kindness', 'effort', 'perseverance', 'attendance', 'milestone')),
    badge_id     uuid,
    -- The achieved goal it celebrates; a confidential goal's celebration keeps the goal's audience.
    goal_id      uuid,
    confidential boolean NOT NULL DEFAULT false,
    withdrawn_at timestamptz,
    withdrawn_by uuid,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id),
    FOREIGN KEY (tenant_id, class_id) REFERENCES school_class (tenant_id, id),
    FOREIGN KEY (tenant_id, author_id) REFERENCES account (tenant_id, id),
    FOREIGN KEY (tenant_id, badge_id) REFERENCES badge (tenant_id, id),
    FOREIGN KEY (tenant_id, goal_id) REFERENCES goal (tenant_id, id),
    CHECK ((student_id IS NULL) <> (class_id IS NULL)),
    CHECK (goal_id IS NULL OR student_id IS NOT NULL),
    CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL))
);
-- A student's timeline, newest first, and a class's celebrations.
CREATE INDEX celebration_by_student ON celebration (tenant_id, student_id, created_at, id) WHERE student_id IS NOT NULL;
CREATE INDEX celebration_by_class ON celebration (tenant_id, class_id, created_at, id) WHERE class_id IS NOT NULL;
-- A goal is celebrated at most once, whatever the races.
CREATE UNIQUE INDEX celebration_of_goal ON celebration (tenant_id, goal_id) WHERE goal_id IS NOT NULL;

-- The link back from an achieved goal to its celebration.
ALTER TABLE goal ADD COLUMN celebration_id uuid;
ALTER TABLE goal ADD FOREIGN KEY (tenant_id, celebration_id) REFERENCES celebration (tenant_id, id);

-- One row per person and reaction: adding the same reaction twice is the same row (the key decides
-- between concurrent requests), and the counts are counted from these rows, so they are always exact.
CREATE TABLE celebration_reaction (
    tenant_id      text NOT NULL REFERENCES district (tenant_id),
    celebration_id uuid NOT NULL,
    account_id     uuid NOT NULL,
    reaction       text NOT NULL CHECK (reaction IN ('heart', 'clap', 'star', 'smile', 'party', 'thumbs_up')),
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, celebration_id, reaction, account_id),
    FOREIGN KEY (tenant_id, celebration_id) REFERENCES celebration (tenant_id, id),
    FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id)
);

-- Short notes of thanks under a celebration.
CREATE TABLE celebration_reply (
    tenant_id      text NOT NULL REFERENCES district (tenant_id),
    id             uuid NOT NULL,
    celebration_id uuid NOT NULL,
    author_id      uuid NOT NULL,
    body           text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 500),
    removed_at     timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, celebration_id) REFERENCES celebration (tenant_id, id),
    FOREIGN KEY (tenant_id, author_id) REFERENCES account (tenant_id, id)
);
CREATE INDEX celebration_reply_by_celebration ON celebration_reply (tenant_id, celebration_id, created_at, id);

-- Reports of replies, in the administrators' moderation queue beside reports of messages.
CREATE TABLE celebration_reply_report (
    tenant_id    text NOT NULL REFERENCES district (tenant_id),
    id           uuid NOT NULL,
    reply_id     uuid NOT NULL,
    reporter_id  uuid NOT NULL,
    reason       text NOT NULL CHECK (reason IN ('harassment', 'inappropriate', 'spam', 'safety', 'other')),
    note         text CHECK (char_length(note) <= 1000),
    state        text NOT NULL CHECK (state IN ('open', 'dismissed', 'actioned')),
    resolved_by  uuid,
    resolved_at  timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    version      bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, reply_id, reporter_id),
    FOREIGN KEY (tenant_id, reply_id) REFERENCES celebration_reply (tenant_id, id),
    FOREIGN KEY (tenant_id, reporter_id) REFERENCES account (tenant_id, id),
    FOREIGN KEY (tenant_id, resolved_by) REFERENCES account (tenant_id, id)
);
CREATE INDEX celebration_reply_report_queue ON celebration_reply_report (tenant_id, state, created_at, id);

-- A family's or a colleague's thanks to a member of staff, optionally about a student.
CREATE TABLE appreciation (
    tenant_id   text NOT NULL REFERENCES district (tenant_id),
    id          uuid NOT NULL,
    staff_id    uuid NOT NULL,
    author_id   uuid NOT NULL,
    student_id  uuid,
    note        text NOT NULL CHECK (char_length(note) BETWEEN 1 AND 1000),
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, staff_id) REFERENCES staff (tenant_id, id),
    FOREIGN KEY (tenant_id, author_id) REFERENCES account (tenant_id, id),
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id)
);
CREATE INDEX appreciation_by_staff ON appreciation (tenant_id, staff_id, created_at, id);
