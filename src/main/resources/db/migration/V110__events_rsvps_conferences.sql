-- Events, RSVPs, conferences and calendar feeds (issue 15), and households in the directory.
--
-- btree_gist lets an exclusion constraint compare a uuid with = beside a range with &&. It is a
-- trusted extension (PostgreSQL 13+), so the database owner (the app's role) may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Households -------------------------------------------------------------------------------------
-- A household is the guardians who live together. A guardian without one (household_id null, the
-- default for every row roster sync inserts) shares the default household of their children: the
-- household key is coalesce(household_id, the smallest id among the students they are linked to),
-- so the guardians of a student share one household unless an administrator marks one of them as
-- living elsewhere (docs/events.md).
CREATE TABLE household (
    tenant_id  text NOT NULL REFERENCES district (tenant_id),
    id         uuid NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    version    bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);
ALTER TABLE guardian ADD COLUMN household_id uuid,
    ADD FOREIGN KEY (tenant_id, household_id) REFERENCES household (tenant_id, id);

-- Events ------------------------------------------------------------------------------------------
CREATE TABLE event (
    tenant_id       text NOT NULL REFERENCES district (tenant_id),
    id              uuid NOT NULL,
    school_id       uuid NOT NULL,
    audience        text NOT NULL CHECK (audience IN ('school', 'class', 'families')),
    class_id        uuid,
    title           text NOT NULL,
    description     text,
    kind            text NOT NULL CHECK (kind IN ('open_house', 'performance', 'workshop', 'volunteer_shift', 'other')),
    starts_local    timestamp NOT NULL,
    ends_local      timestamp NOT NULL,
    time_zone       text NOT NULL,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    place           text,
    video_link      text,
    capacity        integer CHECK (capacity > 0),
    rsvp_deadline   timestamptz,
    guests_allowed  boolean NOT NULL DEFAULT true,
    max_guests      integer CHECK (max_guests >= 0),
    cancelled_at    timestamptz,
    cancel_reason   text,
    sequence        integer NOT NULL DEFAULT 0,
    created_by      uuid NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, school_id) REFERENCES school (tenant_id, id),
    FOREIGN KEY (tenant_id, class_id) REFERENCES school_class (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES account (tenant_id, id),
    CHECK (ends_at > starts_at),
    CHECK ((audience = 'class') = (class_id IS NOT NULL))
);
CREATE INDEX event_by_school ON event (tenant_id, school_id, starts_at);
CREATE INDEX event_by_class ON event (tenant_id, class_id, starts_at) WHERE class_id IS NOT NULL;

-- The chosen families of an event with audience 'families', named by their students.
CREATE TABLE event_family (
    tenant_id  text NOT NULL REFERENCES district (tenant_id),
    event_id   uuid NOT NULL,
    student_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, event_id, student_id),
    FOREIGN KEY (tenant_id, event_id) REFERENCES event (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id)
);
CREATE INDEX event_family_by_student ON event_family (tenant_id, student_id);

-- One RSVP per household and event. A "yes" is confirmed or waitlisted as a whole party; the
-- waitlist is ordered by waitlist_seq (arrival). Changes run under a row lock of the event.
CREATE SEQUENCE event_waitlist_seq;
CREATE TABLE event_rsvp (
    tenant_id     text NOT NULL REFERENCES district (tenant_id),
    id            uuid NOT NULL,
    event_id      uuid NOT NULL,
    household_key uuid NOT NULL,
    answer        text NOT NULL CHECK (answer IN ('yes', 'no', 'maybe')),
    status        text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'not_attending', 'maybe')),
    adult_guests  integer NOT NULL DEFAULT 0 CHECK (adult_guests >= 0),
    child_guests  integer NOT NULL DEFAULT 0 CHECK (child_guests >= 0),
    note          text,
    waitlist_seq  bigint,
    promoted_at   timestamptz,
    responded_by  uuid NOT NULL,
    responded_at  timestamptz NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, event_id, household_key),
    FOREIGN KEY (tenant_id, event_id) REFERENCES event (tenant_id, id),
    FOREIGN KEY (tenant_id, responded_by) REFERENCES account (tenant_id, id),
    CHECK ((status = 'waitlisted') = (waitlist_seq IS NOT NULL))
);
CREATE INDEX event_rsvp_waitlist ON event_rsvp (tenant_id, event_id, waitlist_seq) WHERE status = 'waitlisted';

-- Conferences -------------------------------------------------------------------------------------
CREATE TABLE conference (
    tenant_id     text NOT NULL REFERENCES district (tenant_id),
    id            uuid NOT NULL,
    staff_id      uuid NOT NULL,
    school_id     uuid NOT NULL,
    class_id      uuid,
    title         text NOT NULL,
    time_zone     text NOT NULL,
    mode          text NOT NULL CHECK (mode IN ('in_person', 'video')),
    place         text,
    video_link    text,
    slot_minutes  integer NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
    break_minutes integer NOT NULL CHECK (break_minutes BETWEEN 0 AND 120),
    sequence      integer NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, staff_id) REFERENCES staff (tenant_id, id),
    FOREIGN KEY (tenant_id, school_id) REFERENCES school (tenant_id, id),
    FOREIGN KEY (tenant_id, class_id) REFERENCES school_class (tenant_id, id)
);
CREATE INDEX conference_by_staff ON conference (tenant_id, staff_id);

CREATE TABLE conference_slot (
    tenant_id     text NOT NULL REFERENCES district (tenant_id),
    id            uuid NOT NULL,
    conference_id uuid NOT NULL,
    starts_local  timestamp NOT NULL,
    ends_local    timestamp NOT NULL,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    blocked       boolean NOT NULL DEFAULT false,
    version       bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, conference_id) REFERENCES conference (tenant_id, id),
    CHECK (ends_at > starts_at)
);
CREATE INDEX conference_slot_by_conference ON conference_slot (tenant_id, conference_id, starts_at);

-- A booking holds its slot's time as a range, so the database itself can refuse a guardian two
-- overlapping bookings (across teachers), a slot two bookings, and a household two slots of one
-- conference for one student. A snow-day move updates `during` with the slot, under the same rules.
CREATE TABLE conference_booking (
    tenant_id     text NOT NULL REFERENCES district (tenant_id),
    id            uuid NOT NULL,
    conference_id uuid NOT NULL,
    slot_id       uuid NOT NULL,
    student_id    uuid NOT NULL,
    guardian_id   uuid NOT NULL,
    household_key uuid NOT NULL,
    booked_by     uuid NOT NULL,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    during        tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at)) STORED,
    sequence      integer NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT conference_booking_one_per_slot UNIQUE (tenant_id, slot_id),
    CONSTRAINT conference_booking_one_per_household UNIQUE (tenant_id, conference_id, student_id, household_key),
    CONSTRAINT conference_booking_no_overlap EXCLUDE USING gist (tenant_id WITH =, guardian_id WITH =, during WITH &&),
    FOREIGN KEY (tenant_id, conference_id) REFERENCES conference (tenant_id, id),
    FOREIGN KEY (tenant_id, slot_id) REFERENCES conference_slot (tenant_id, id),
    FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id),
    FOREIGN KEY (tenant_id, guardian_id) REFERENCES guardian (tenant_id, id),
    FOREIGN KEY (tenant_id, booked_by) REFERENCES account (tenant_id, id)
);
CREATE INDEX conference_booking_by_household ON conference_booking (tenant_id, household_key);

-- What changed about a family's booking without them (a snow-day move, a cancelled slot): the
-- notifications feature announces these; families read them with their bookings.
CREATE TABLE conference_change (
    tenant_id     text NOT NULL REFERENCES district (tenant_id),
    id            uuid NOT NULL,
    conference_id uuid NOT NULL,
    booking_id    uuid NOT NULL,
    student_id    uuid NOT NULL,
    household_key uuid NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('moved')),
    from_starts_at timestamptz NOT NULL,
    to_starts_at  timestamptz NOT NULL,
    changed_by    uuid NOT NULL,
    changed_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, conference_id) REFERENCES conference (tenant_id, id)
);
CREATE INDEX conference_change_by_household ON conference_change (tenant_id, household_key, changed_at);

-- Calendar feeds: one private feed per account; the token is shown once and stored as a SHA-256 hash.
CREATE TABLE calendar_feed (
    tenant_id   text NOT NULL REFERENCES district (tenant_id),
    id          uuid NOT NULL,
    account_id  uuid NOT NULL,
    token_hash  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, account_id),
    UNIQUE (tenant_id, token_hash),
    FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id)
);
