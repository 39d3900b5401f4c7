-- The members an inbox row names, kept per thread: how many active members the thread has, and the
-- first six of them (staff first, then by arrival) as account ids and roles. The inbox page read these
-- with three sub-queries per row (six members, their count, each member's account), ~30 buffers a row
-- and a third of the database's time under the read mix (pg_stat_statements, docs/performance.md);
-- it now reads one row per thread and the names of the page's distinct members once.
--
-- Kept by a trigger on thread_participant, so every writer of memberships (the directory's resync,
-- new threads, private replies, joins, erasure, plain SQL) keeps it exact without knowing of it. A
-- post's counts and read positions do not fire it (only a membership's arrival, departure, role or
-- arrival time do). The trigger is deferred to the commit: a transaction that adds 2,000 families to
-- an announcement recounts its thread once, not 2,000 times (the first of its row events at commit
-- recounts, the others see that this transaction already did), and the preview's row lock is held
-- only while the transaction commits, not while a long roster resync runs. Two transactions that
-- change the same thread's members take turns on that row, and the recount is a new statement after
-- the lock, so it sees what the other committed: the count cannot miss a concurrent join. It is not
-- the thread's row, which posts lock first, so a membership change never waits for a post nor a post
-- for it. (Nothing here uses SET CONSTRAINTS ... IMMEDIATE; a transaction that did, and then changed
-- the same thread's members again, would keep the earlier count until its next change.)
--
-- Names are not kept here: an account renamed is read by its new name at once.
-- citus: distributed by tenant_id, co-located with thread; the trigger touches only its own shard's rows.
CREATE TABLE thread_member_preview (
    tenant_id    text   NOT NULL,
    thread_id    uuid   NOT NULL,
    member_count int    NOT NULL,
    member_ids   uuid[] NOT NULL,
    member_roles text[] NOT NULL,
    PRIMARY KEY (tenant_id, thread_id),
    FOREIGN KEY (tenant_id, thread_id) REFERENCES thread (tenant_id, id) ON DELETE CASCADE
);

COMMENT ON TABLE thread_member_preview IS
    'citus: distributed by tenant_id, co-located with thread. The inbox''s member count and first six members of each thread, kept by the thread_participant triggers.';

CREATE FUNCTION thread_member_preview_refresh(of_tenant text, of_thread uuid) RETURNS void
    LANGUAGE plpgsql VOLATILE AS
$$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM thread WHERE tenant_id = of_tenant AND id = of_thread) THEN
        RETURN; -- erased in this transaction (its preview went with it)
    END IF;
    IF EXISTS (SELECT 1 FROM thread_member_preview
               WHERE tenant_id = of_tenant AND thread_id = of_thread AND xmin = pg_current_xact_id()::xid) THEN
        RETURN; -- recounted at this commit already, after all of this transaction's changes
    END IF;
    -- The thread's row here, locked: a transaction committing a change of the same thread's members
    -- holds it until it has committed. A row lock, not an advisory one: a resync of thousands of
    -- threads in one transaction would fill the shared lock table.
    INSERT INTO thread_member_preview (tenant_id, thread_id, member_count, member_ids, member_roles)
    VALUES (of_tenant, of_thread, 0, '{}', '{}') ON CONFLICT (tenant_id, thread_id) DO NOTHING;
    PERFORM 1 FROM thread_member_preview WHERE tenant_id = of_tenant AND thread_id = of_thread FOR UPDATE;
    -- A new statement, hence a new snapshot: it sees what the transaction that held the row committed.
    UPDATE thread_member_preview s
    SET member_count = (SELECT count(*) FROM thread_participant c
                        WHERE c.tenant_id = of_tenant AND c.thread_id = of_thread AND c.active),
        member_ids = coalesce(f.ids, '{}'), member_roles = coalesce(f.roles, '{}')
    FROM (SELECT array_agg(q.account_id ORDER BY q.role DESC, q.joined_at, q.account_id) AS ids,
                 array_agg(q.role ORDER BY q.role DESC, q.joined_at, q.account_id) AS roles
          FROM (SELECT q.account_id, q.role, q.joined_at FROM thread_participant q
                WHERE q.tenant_id = of_tenant AND q.thread_id = of_thread AND q.active
                ORDER BY q.role DESC, q.joined_at, q.account_id LIMIT 6) q) f
    WHERE s.tenant_id = of_tenant AND s.thread_id = of_thread;
END
$$;

CREATE FUNCTION thread_member_preview_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM thread_member_preview_refresh(OLD.tenant_id, OLD.thread_id);
    ELSE
        PERFORM thread_member_preview_refresh(NEW.tenant_id, NEW.thread_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER thread_member_preview_joined AFTER INSERT OR DELETE ON thread_participant
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION thread_member_preview_changed();

CREATE CONSTRAINT TRIGGER thread_member_preview_moved AFTER UPDATE ON thread_participant
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    WHEN (OLD.active IS DISTINCT FROM NEW.active OR OLD.role IS DISTINCT FROM NEW.role
          OR OLD.joined_at IS DISTINCT FROM NEW.joined_at)
    EXECUTE FUNCTION thread_member_preview_changed();

-- Every thread's preview recounted at once, in one statement (the threads there are now; and a bulk
-- load made with triggers off, as the benchmark's generator does, or a repair). Not for a live
-- system's concurrent use: it takes no row locks before counting.
CREATE FUNCTION thread_member_preview_rebuild() RETURNS void
    LANGUAGE sql VOLATILE AS
$$
INSERT INTO thread_member_preview (tenant_id, thread_id, member_count, member_ids, member_roles)
SELECT t.tenant_id, t.id, coalesce(c.n, 0), coalesce(f.ids, '{}'), coalesce(f.roles, '{}')
FROM thread t
LEFT JOIN LATERAL (SELECT count(*) AS n FROM thread_participant c
                   WHERE c.tenant_id = t.tenant_id AND c.thread_id = t.id AND c.active) c ON true
LEFT JOIN LATERAL (SELECT array_agg(q.account_id ORDER BY q.role DESC, q.joined_at, q.account_id) AS ids,
                          array_agg(q.role ORDER BY q.role DESC, q.joined_at, q.account_id) AS roles
                   FROM (SELECT q.account_id, q.role, q.joined_at FROM thread_participant q
                         WHERE q.tenant_id = t.tenant_id AND q.thread_id = t.id AND q.active
                         ORDER BY q.role DESC, q.joined_at, q.account_id LIMIT 6) q) f ON true
ON CONFLICT (tenant_id, thread_id) DO UPDATE
    SET member_count = excluded.member_count, member_ids = excluded.member_ids, member_roles = excluded.member_roles;
$$;

SELECT thread_member_preview_rebuild();

-- The latest message's author's role in the thread, kept on the thread row with the rest of its
-- preview (V060) when a message is posted: the inbox looked it up in thread_participant once a row.
ALTER TABLE thread ADD COLUMN last_author_role text;
UPDATE thread t SET last_author_role = p.role
FROM thread_participant p
WHERE p.tenant_id = t.tenant_id AND p.thread_id = t.id AND p.account_id = t.last_author_id;
