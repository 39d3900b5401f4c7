-- The RSVP storm's database work for one answer, as the application issues it: lock the event, read
-- the household's answer, count confirmed heads, place the party, settle the waitlist (reading only
-- the waiting parties that fit the free places: none while the event is full). The ceiling
-- the HTTP figures compare with. Parameters: :n households in bench.ev_family (bench/sql/events-generate.sql).
\set k random(0, :n - 1)
select account as me, (select storm_event from bench.ev_ids) as ev, (select tenant_id from event limit 1) as tid from bench.ev_family where n = :k \gset
begin;
select id, capacity from event where tenant_id = :tid and id = :ev for update;
select g.id, g.household_id, gs.student_id from guardian g left join guardianship gs on gs.guardian_id = g.id and gs.active and not gs.no_contact where g.tenant_id = :tid and g.account_id = :me;
select id, status from event_rsvp where tenant_id = :tid and event_id = :ev and household_key = (select student from bench.ev_family where n = :k);
select coalesce(sum(1 + adult_guests + child_guests), 0) from event_rsvp where tenant_id = :tid and event_id = :ev and status = 'confirmed';
insert into event_rsvp (tenant_id, id, event_id, household_key, answer, status, waitlist_seq, responded_by, responded_at)
values (:tid, gen_random_uuid(), :ev, (select student from bench.ev_family where n = :k), 'yes', 'waitlisted', nextval('event_waitlist_seq'), :me, now())
on conflict (tenant_id, event_id, household_key) do update set responded_at = now();
select coalesce(sum(1 + adult_guests + child_guests), 0) from event_rsvp where tenant_id = :tid and event_id = :ev and status = 'confirmed';
select id, adult_guests, child_guests from event_rsvp where tenant_id = :tid and event_id = :ev and status = 'waitlisted' and 1 + adult_guests + child_guests <= 0 order by waitlist_seq;
commit;
