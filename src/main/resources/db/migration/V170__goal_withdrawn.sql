-- Goals (issue 14): a goal that is still proposed can be withdrawn by the account that proposed it
-- (or an administrator of the student's school). Nothing is deleted: the goal keeps its row, its
-- terms and its history, with the status 'withdrawn' and a transition proposed -> withdrawn, and
-- leaves the lists. Only a proposal is withdrawn; an agreed goal is discontinued instead.
ALTER TABLE goal
    DROP CONSTRAINT goal_status_check,
    ADD CONSTRAINT goal_status_check
        CHECK (status IN ('proposed', 'active', 'achieved', 'discontinued', 'withdrawn'));

ALTER TABLE goal_transition
    DROP CONSTRAINT goal_transition_to_status_check,
    ADD CONSTRAINT goal_transition_to_status_check
        CHECK (to_status IN ('proposed', 'active', 'achieved', 'discontinued', 'withdrawn')),
    ADD CONSTRAINT goal_transition_withdrawn_from_proposed
        CHECK (to_status <> 'withdrawn' OR from_status = 'proposed');
