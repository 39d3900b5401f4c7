-- Goals (issue 14): mutual goals for a student, agreed by the school and the family, tracked with
-- check-ins. Every key leads with tenant_id (the scale-out rule, V080). Lengths and the rules of a
-- valid goal are checked here as well as in the API, so no path around the API can break them.

CREATE TABLE goal (
    tenant_id      text NOT NULL REFERENCES district (tenant_id),
    id             uuid NOT NULL,
    student_id     uuid NOT NULL,
    title          text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    description    text CHECK (char_length(description) <= 4000),
    category       text NOT NULL CHECK (category IN ('academic', 'social_emotional', 'attendance', 'behavior', 'other')),
    status         text NOT NULL CHECK (status IN ('proposed', 'active', 'achieved', 'discontinued')),
    confidential   boolean NOT NULL DEFAULT false,
    proposed_by    uuid NOT NULL,
    proposed_side  text NOT NULL CHECK (proposed_side IN ('school', 'family')),
    -- The side whose agreement is awaited (a proposal or a pending revision); null when none is.
    awaiting_side  text CHECK (awaiting_side IN ('school', 'family')),
    start_date     date NOT NULL,
    target_date    date NOT NULL,
    home_support   text CHECK (char_length(home_support) <= 500),
    school_support text CHECK (char_length(school_support) <= 500),
    measure        text NOT NULL CHECK (measure IN ('target', 'milestones')),
    baseline       double precision,
    target_value   double precision,
    unit           text CHECK (char_length(unit) BETWEEN 1 AND 40),
    direction      text CHECK (direction IN ('higher', 'lower')),
    mastery_count  integer CHECK (mastery_count BETWEEN 1 AND 20),
    closed_reason  text CHECK (char_length(closed_reason) <= 500),
    agreed_at      timestamptz,
    closed_at      timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id),
    FOREIGN KEY (tenant_id, proposed_by) REFERENCES account (tenant_id, id),
    CHECK (target_date > start_date),
    CHECK (measure = 'milestones' AND baseline IS NULL AND target_value IS NULL AND unit IS NULL AND direction IS NULL
           AND mastery_count IS NULL
        OR measure = 'target' AND baseline IS NOT NULL AND target_value IS NOT NULL AND unit IS NOT NULL
           AND (direction = 'higher' AND target_value > baseline OR direction = 'lower' AND target_value < baseline)),
    CHECK ((status = 'discontinued') = (closed_reason IS NOT NULL))
);
-- A student's goals, and the lists across children or classes, by target date.
CREATE INDEX goal_by_student ON goal (tenant_id, student_id, target_date, id);

-- Staff assigned to a goal: for a confidential goal the only staff (besides administrators) who see it.
CREATE TABLE goal_staff (
    tenant_id  text NOT NULL REFERENCES district (tenant_id),
    goal_id    uuid NOT NULL,
    staff_id   uuid NOT NULL,
    PRIMARY KEY (tenant_id, goal_id, staff_id),
    FOREIGN KEY (tenant_id, goal_id) REFERENCES goal (tenant_id, id),
    FOREIGN KEY (tenant_id, staff_id) REFERENCES staff (tenant_id, id)
);
CREATE INDEX goal_staff_by_staff ON goal_staff (tenant_id, staff_id);

CREATE TABLE goal_milestone (
    tenant_id   text NOT NULL REFERENCES district (tenant_id),
    id          uuid NOT NULL,
    goal_id     uuid NOT NULL,
    position    integer NOT NULL CHECK (position BETWEEN 1 AND 20),
    title       text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    done_at     timestamptz,
    done_in     uuid,
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, goal_id, position),
    FOREIGN KEY (tenant_id, goal_id) REFERENCES goal (tenant_id, id),
    CHECK ((done_at IS NULL) = (done_in IS NULL))
);

-- The lifecycle's history. The lifecycle never returns to a status, so each is reached at most once
-- per goal: of two concurrent transitions to the same status, the database keeps exactly one.
CREATE TABLE goal_transition (
    tenant_id    text NOT NULL REFERENCES district (tenant_id),
    id           uuid NOT NULL,
    goal_id      uuid NOT NULL,
    from_status  text CHECK (from_status IN ('proposed', 'active')),
    to_status    text NOT NULL CHECK (to_status IN ('proposed', 'active', 'achieved', 'discontinued')),
    actor_id     uuid NOT NULL,
    side         text NOT NULL CHECK (side IN ('school', 'family')),
    reason       text CHECK (char_length(reason) <= 500),
    created_at   timestamptz NOT NULL DEFAULT now(),
    version      bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, goal_id, to_status),
    FOREIGN KEY (tenant_id, goal_id) REFERENCES goal (tenant_id, id),
    FOREIGN KEY (tenant_id, actor_id) REFERENCES account (tenant_id, id)
);

-- Proposed changes of an active goal's terms; the agreed terms stand until the other side accepts.
CREATE TABLE goal_revision (
    tenant_id     text NOT NULL REFERENCES district (tenant_id),
    id            uuid NOT NULL,
    goal_id       uuid NOT NULL,
    proposed_by   uuid NOT NULL,
    side          text NOT NULL CHECK (side IN ('school', 'family')),
    status        text NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn')),
    start_date    date NOT NULL,
    target_date   date NOT NULL,
    baseline      double precision,
    target_value  double precision,
    unit          text CHECK (char_length(unit) BETWEEN 1 AND 40),
    direction     text CHECK (direction IN ('higher', 'lower')),
    mastery_count integer CHECK (mastery_count BETWEEN 1 AND 20),
    note          text CHECK (char_length(note) <= 1000),
    decided_by    uuid,
    decided_at    timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, goal_id) REFERENCES goal (tenant_id, id),
    FOREIGN KEY (tenant_id, proposed_by) REFERENCES account (tenant_id, id),
    CHECK (target_date > start_date)
);
-- At most one pending revision per goal, whatever the races.
CREATE UNIQUE INDEX goal_revision_one_pending ON goal_revision (tenant_id, goal_id) WHERE status = 'pending';
CREATE INDEX goal_revision_by_goal ON goal_revision (tenant_id, goal_id, created_at);

CREATE TABLE goal_check_in (
    tenant_id   text NOT NULL REFERENCES district (tenant_id),
    id          uuid NOT NULL,
    goal_id     uuid NOT NULL,
    author_id   uuid NOT NULL,
    side        text NOT NULL CHECK (side IN ('school', 'family')),
    on_date     date NOT NULL,
    value       double precision,
    note        text CHECK (char_length(note) <= 2000),
    edited_at   timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, goal_id) REFERENCES goal (tenant_id, id),
    FOREIGN KEY (tenant_id, author_id) REFERENCES account (tenant_id, id)
);
-- The series of a goal (progress) and its pages of check-ins, newest first.
CREATE INDEX goal_check_in_by_goal ON goal_check_in (tenant_id, goal_id, on_date, created_at, id);

ALTER TABLE goal_milestone ADD FOREIGN KEY (tenant_id, done_in) REFERENCES goal_check_in (tenant_id, id);

CREATE TABLE goal_check_in_comment (
    tenant_id   text NOT NULL REFERENCES district (tenant_id),
    id          uuid NOT NULL,
    check_in_id uuid NOT NULL,
    author_id   uuid NOT NULL,
    body        text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, check_in_id) REFERENCES goal_check_in (tenant_id, id),
    FOREIGN KEY (tenant_id, author_id) REFERENCES account (tenant_id, id)
);
CREATE INDEX goal_check_in_comment_by_check_in ON goal_check_in_comment (tenant_id, check_in_id, created_at, id);
