-- The school directory. A district is the tenant: every tenant-owned table carries tenant_id
-- (Hibernate's discriminator multi-tenancy filters on it) so the schema can be distributed by tenant.
-- tenant_id is the district's UUID in text form: Hibernate binds the current tenant as a string.
-- Records that history depends on are deactivated (active = false), never deleted.

CREATE TABLE district (
    id         uuid PRIMARY KEY,
    tenant_id  text NOT NULL UNIQUE,
    name       text NOT NULL,
    slug       text NOT NULL UNIQUE,
    time_zone  text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    version    bigint NOT NULL DEFAULT 0,
    CHECK (tenant_id = id::text)
);

CREATE TABLE school (
    id         uuid PRIMARY KEY,
    tenant_id  text NOT NULL REFERENCES district (tenant_id),
    name       text NOT NULL,
    time_zone  text NOT NULL,
    sourced_id text,
    active     boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    version    bigint NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, sourced_id)
);
CREATE INDEX school_by_name ON school (tenant_id, name, id);

CREATE TABLE academic_term (
    id         uuid PRIMARY KEY,
    tenant_id  text NOT NULL REFERENCES district (tenant_id),
    school_id  uuid NOT NULL REFERENCES school (id),
    name       text NOT NULL,
    starts_on  date NOT NULL,
    ends_on    date NOT NULL,
    sourced_id text,
    active     boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    version    bigint NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, sourced_id),
    CHECK (ends_on >= starts_on)
);
CREATE INDEX academic_term_by_school ON academic_term (tenant_id, school_id, starts_on, id);

CREATE TABLE school_class (
    id         uuid PRIMARY KEY,
    tenant_id  text NOT NULL REFERENCES district (tenant_id),
    school_id  uuid NOT NULL REFERENCES school (id),
    term_id    uuid NOT NULL REFERENCES academic_term (id),
    name       text NOT NULL,
    subject    text,
    grade      text,
    sourced_id text,
    active     boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    version    bigint NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, sourced_id)
);
CREATE INDEX school_class_by_school ON school_class (tenant_id, school_id, name, id);

-- One account per person, whatever roles they hold (staff, guardian, administrator).
CREATE TABLE account (
    id                 uuid PRIMARY KEY,
    tenant_id          text NOT NULL REFERENCES district (tenant_id),
    email              text NOT NULL,
    display_name       text NOT NULL,
    password_hash      text,
    preferred_language text NOT NULL DEFAULT 'en',
    district_admin     boolean NOT NULL DEFAULT false,
    active             boolean NOT NULL DEFAULT true,
    external_subject   text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    version            bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX account_email ON account (tenant_id, lower(email));
CREATE INDEX account_by_email ON account (lower(email));

CREATE TABLE staff (
    id          uuid PRIMARY KEY,
    tenant_id   text NOT NULL REFERENCES district (tenant_id),
    school_id   uuid NOT NULL REFERENCES school (id),
    account_id  uuid REFERENCES account (id),
    given_name  text NOT NULL,
    family_name text NOT NULL,
    email       text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('teacher', 'aide', 'counselor', 'school_admin')),
    sourced_id  text,
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, sourced_id),
    UNIQUE (tenant_id, school_id, account_id)
);
CREATE INDEX staff_by_account ON staff (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX staff_by_name ON staff (tenant_id, family_name, given_name, id);

CREATE TABLE student (
    id          uuid PRIMARY KEY,
    tenant_id   text NOT NULL REFERENCES district (tenant_id),
    school_id   uuid NOT NULL REFERENCES school (id),
    given_name  text NOT NULL,
    family_name text NOT NULL,
    grade       text,
    sourced_id  text,
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, sourced_id)
);
CREATE INDEX student_by_name ON student (tenant_id, family_name, given_name, id);

CREATE TABLE guardian (
    id                 uuid PRIMARY KEY,
    tenant_id          text NOT NULL REFERENCES district (tenant_id),
    account_id         uuid REFERENCES account (id),
    given_name         text NOT NULL,
    family_name        text NOT NULL,
    email              text,
    phone              text,
    preferred_language text NOT NULL DEFAULT 'en',
    sourced_id         text,
    active             boolean NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL DEFAULT now(),
    version            bigint NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, sourced_id),
    UNIQUE (tenant_id, account_id)
);
CREATE INDEX guardian_by_name ON guardian (tenant_id, family_name, given_name, id);

-- Links a student and a guardian, with what the guardian may do. no_contact (a court order)
-- overrides every permission: such a guardian is in no audience and sees nothing of the student.
CREATE TABLE guardianship (
    id                              uuid PRIMARY KEY,
    tenant_id                       text NOT NULL REFERENCES district (tenant_id),
    student_id                      uuid NOT NULL REFERENCES student (id),
    guardian_id                     uuid NOT NULL REFERENCES guardian (id),
    relationship                    text NOT NULL CHECK (relationship IN ('mother', 'father', 'guardian', 'grandparent', 'other')),
    educational_rights              boolean NOT NULL DEFAULT true,
    receives_communications         boolean NOT NULL DEFAULT true,
    may_message_staff               boolean NOT NULL DEFAULT true,
    may_book_and_rsvp               boolean NOT NULL DEFAULT true,
    may_see_goals_and_celebrations  boolean NOT NULL DEFAULT true,
    no_contact                      boolean NOT NULL DEFAULT false,
    sourced_id                      text,
    active                          boolean NOT NULL DEFAULT true,
    created_at                      timestamptz NOT NULL DEFAULT now(),
    version                         bigint NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, student_id, guardian_id),
    UNIQUE (tenant_id, sourced_id)
);
CREATE INDEX guardianship_by_guardian ON guardianship (guardian_id, student_id);

CREATE TABLE enrollment (
    id         uuid PRIMARY KEY,
    tenant_id  text NOT NULL REFERENCES district (tenant_id),
    student_id uuid NOT NULL REFERENCES student (id),
    class_id   uuid NOT NULL REFERENCES school_class (id),
    sourced_id text,
    active     boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    version    bigint NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, student_id, class_id),
    UNIQUE (tenant_id, sourced_id)
);
CREATE INDEX enrollment_by_class ON enrollment (class_id, student_id);

CREATE TABLE teaching_assignment (
    id         uuid PRIMARY KEY,
    tenant_id  text NOT NULL REFERENCES district (tenant_id),
    staff_id   uuid NOT NULL REFERENCES staff (id),
    class_id   uuid NOT NULL REFERENCES school_class (id),
    role       text NOT NULL CHECK (role IN ('primary', 'co_teacher', 'aide')),
    sourced_id text,
    active     boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    version    bigint NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, staff_id, class_id),
    UNIQUE (tenant_id, sourced_id)
);
CREATE INDEX teaching_assignment_by_class ON teaching_assignment (class_id, staff_id);
