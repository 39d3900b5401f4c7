-- Test-only table behind the probe resource that exercises platform conventions.
CREATE TABLE test_widget (
    id          uuid PRIMARY KEY,
    name        text    NOT NULL,
    description text,
    quantity    integer NOT NULL,
    owner       text    NOT NULL,
    version     bigint  NOT NULL DEFAULT 0
);
CREATE INDEX test_widget_by_name ON test_widget (owner, name, id);
