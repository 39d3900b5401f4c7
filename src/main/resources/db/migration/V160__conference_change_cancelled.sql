-- A cancelled booking leaves a change record too (issue 15), so the household sees what was
-- cancelled, by whom and when. Its to_starts_at is the time the booking held (as from_starts_at).
ALTER TABLE conference_change DROP CONSTRAINT conference_change_kind_check;
ALTER TABLE conference_change ADD CONSTRAINT conference_change_kind_check CHECK (kind IN ('moved', 'cancelled'));
