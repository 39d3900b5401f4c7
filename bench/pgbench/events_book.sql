-- The booking storm's database work for one booking: the insert the unique and exclusion constraints
-- guard, rolled back so every transaction races for a slot again. Parameters: :n slots.
\set k random(0, 499)
select f.guardian, f.account as me, f.student, s.id as slot, s.starts_local, (select conference from bench.ev_ids) as conf,
       (select tenant_id from event limit 1) as tid
from bench.ev_family f join bench.ev_slot s on s.i = f.n % 100 where f.n = :k \gset
begin;
select id, blocked, starts_at, ends_at from conference_slot where tenant_id = :tid and id = :slot;
insert into conference_booking (tenant_id, id, conference_id, slot_id, student_id, guardian_id, household_key, booked_by, starts_at, ends_at)
select :tid, gen_random_uuid(), :conf, :slot, :student, :guardian, :student, :me, starts_at, ends_at
from conference_slot where tenant_id = :tid and id = :slot on conflict do nothing;
rollback;
