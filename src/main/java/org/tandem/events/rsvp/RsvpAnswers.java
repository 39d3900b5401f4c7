package org.tandem.events.rsvp;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.tandem.platform.persistence.NamedSql;
import org.tandem.platform.persistence.Sql;

/**
 * The critical section of an answer, in plain SQL: two statements under the event's row lock.
 *
 * <p>The lock is a statement of its own because in READ COMMITTED a statement reads a snapshot
 * taken when it starts: a statement that waited for the lock would not see the answers committed
 * by the transaction it waited for. The answer statement starts after the lock is held, so it sees
 * every earlier answer, and does all the rest at once: it places the household's party (a confirmed
 * party keeps its places if it still fits, a waiting one keeps its turn, any other "yes" joins the
 * end of the waitlist), walks the waitlist in order of arrival confirming each party that fits the
 * free places (the rule of {@link Waitlist#settle}), writes the promoted parties and the household's
 * row (insert or update), and returns the row with its place on the waitlist. Only waiting parties
 * no larger than the free places are read, so a full event's long waitlist costs nothing.
 */
@ApplicationScoped
class RsvpAnswers {

    /** The event as the lock found it. */
    record Locked(Integer capacity, boolean cancelled, Instant rsvpDeadline) {
    }

    /** The household's row after the answer; {@code previousVersion} is null when it answered for the first time. */
    record Answered(UUID id, String answer, String status, int adultGuests, int childGuests, String note,
                    Long waitlistPosition, Instant promotedAt, String respondedBy, Instant respondedAt, long version,
                    Long previousVersion, int promoted) {
    }

    /** What the household says. */
    record Answer(UUID eventId, UUID householdKey, UUID newId, String answer, int adultGuests, int childGuests,
                  String note, UUID by, Instant at) {
        int heads() {
            return 1 + adultGuests + childGuests;
        }
    }

    static final NamedSql LOCK = NamedSql.of("""
            SELECT capacity, cancelled_at IS NOT NULL AS cancelled, rsvp_deadline FROM event
            WHERE tenant_id = :tenant AND id = :event FOR UPDATE""");

    static final NamedSql ANSWER = NamedSql.of("""
            WITH RECURSIVE
            ev AS (SELECT capacity FROM event WHERE tenant_id = :tenant AND id = :event),
            old AS (SELECT id, status, waitlist_seq, promoted_at, version FROM event_rsvp
                    WHERE tenant_id = :tenant AND event_id = :event AND household_key = :household),
            others AS (SELECT coalesce(sum(1 + adult_guests + child_guests), 0) AS heads FROM event_rsvp
                       WHERE tenant_id = :tenant AND event_id = :event AND status = 'confirmed'
                         AND household_key <> :household),
            placed AS (
                SELECT coalesce(old.id, CAST(:id AS uuid)) AS id, old.status AS old_status, old.version AS old_version,
                       CASE WHEN CAST(:answer AS text) = 'no' THEN 'not_attending'
                            WHEN CAST(:answer AS text) = 'maybe' THEN 'maybe'
                            WHEN old.status = 'confirmed'
                                 AND (ev.capacity IS NULL OR others.heads + CAST(:heads AS int) <= ev.capacity) THEN 'confirmed'
                            ELSE 'waitlisted' END AS status,
                       CASE WHEN old.status = 'waitlisted' THEN old.waitlist_seq END AS kept_seq,
                       CASE WHEN old.status = 'confirmed' THEN old.promoted_at END AS kept_promoted_at,
                       coalesce(ev.capacity - others.heads, 2147483647) AS room
                FROM ev CROSS JOIN others LEFT JOIN old ON true),
            mine AS (
                SELECT p.*, CASE WHEN p.status = 'waitlisted' THEN coalesce(p.kept_seq, nextval('event_waitlist_seq')) END AS seq,
                       p.room - CASE WHEN p.status = 'confirmed' THEN CAST(:heads AS int) ELSE 0 END AS free
                FROM placed p),
            waiting AS (
                SELECT r.id, 1 + r.adult_guests + r.child_guests AS heads, r.waitlist_seq AS seq
                FROM event_rsvp r CROSS JOIN mine
                WHERE r.tenant_id = :tenant AND r.event_id = :event AND r.status = 'waitlisted'
                  AND r.household_key <> :household AND 1 + r.adult_guests + r.child_guests <= mine.free
                UNION ALL
                SELECT id, CAST(:heads AS int), seq FROM mine WHERE status = 'waitlisted' AND CAST(:heads AS int) <= free),
            queue AS (SELECT id, heads, row_number() OVER (ORDER BY seq) AS n FROM waiting),
            walk (n, free, id, taken) AS (
                SELECT CAST(0 AS bigint), CAST(free AS bigint), CAST(NULL AS uuid), false FROM mine
                UNION ALL
                SELECT q.n, CASE WHEN q.heads <= w.free THEN w.free - q.heads ELSE w.free END, q.id, q.heads <= w.free
                FROM walk w JOIN queue q ON q.n = w.n + 1
                WHERE w.free > 0),
            promoted AS (SELECT id FROM walk WHERE taken),
            promote AS (
                UPDATE event_rsvp r SET status = 'confirmed', waitlist_seq = NULL, promoted_at = CAST(:at AS timestamptz),
                                        version = r.version + 1
                WHERE r.tenant_id = :tenant AND r.id IN (SELECT id FROM promoted) AND r.household_key <> :household
                RETURNING r.id, r.household_key),
            announced AS (
                INSERT INTO domain_event (tenant_id, type, subject_id, actor_id, occurred_at, data)
                SELECT CAST(:tenant AS text), 'rsvp.promoted', p.id, CAST(:by AS uuid), CAST(:at AS timestamptz),
                       jsonb_build_object('eventId', CAST(:event AS uuid), 'rsvpId', p.id, 'householdKey', p.household_key)
                FROM promote p),
            saved AS (
                INSERT INTO event_rsvp AS r (tenant_id, id, event_id, household_key, answer, status, adult_guests,
                                             child_guests, note, waitlist_seq, promoted_at, responded_by, responded_at,
                                             created_at, version)
                SELECT CAST(:tenant AS text), m.id, CAST(:event AS uuid), CAST(:household AS uuid), CAST(:answer AS text),
                       CASE WHEN t.id IS NULL THEN m.status ELSE 'confirmed' END,
                       CAST(:adults AS int), CAST(:children AS int), CAST(:note AS text),
                       CASE WHEN t.id IS NULL THEN m.seq END,
                       CASE WHEN t.id IS NOT NULL AND m.old_status = 'waitlisted' THEN CAST(:at AS timestamptz)
                            WHEN m.status = 'confirmed' THEN m.kept_promoted_at END,
                       CAST(:by AS uuid), CAST(:at AS timestamptz), CAST(:at AS timestamptz), 0
                FROM mine m LEFT JOIN promoted t ON t.id = m.id
                ON CONFLICT (tenant_id, event_id, household_key) DO UPDATE
                SET answer = excluded.answer, status = excluded.status, adult_guests = excluded.adult_guests,
                    child_guests = excluded.child_guests, note = excluded.note, waitlist_seq = excluded.waitlist_seq,
                    promoted_at = excluded.promoted_at, responded_by = excluded.responded_by,
                    responded_at = excluded.responded_at, version = r.version + 1
                RETURNING r.*)
            SELECT s.id, s.answer, s.status, s.adult_guests, s.child_guests, s.note, s.promoted_at, s.responded_at,
                   s.version, coalesce(a.display_name, '') AS responded_by_name, m.old_version,
                   CASE WHEN s.status = 'waitlisted' THEN 1 + (
                       SELECT count(*) FROM event_rsvp w
                       WHERE w.tenant_id = :tenant AND w.event_id = :event AND w.status = 'waitlisted'
                         AND w.waitlist_seq < s.waitlist_seq AND w.id NOT IN (SELECT id FROM promote)) END AS position,
                   (SELECT count(*) FROM promote) AS promoted
            FROM saved s CROSS JOIN mine m
            LEFT JOIN account a ON a.tenant_id = :tenant AND a.id = :by""");

    private final Sql sql;

    RsvpAnswers(Sql sql) {
        this.sql = sql;
    }

    /** Locks the event's row until the transaction ends; empty when there is no such event. */
    Optional<Locked> lock(UUID eventId) {
        return sql.one(LOCK.sql(), rs -> new Locked((Integer) rs.getObject("capacity"), rs.getBoolean("cancelled"),
                Sql.instant(rs, "rsvp_deadline")), LOCK.bind(new NamedSql.Params().set("tenant", sql.tenant()).set("event", eventId)));
    }

    /** Records the answer and settles the waitlist; call with the event locked ({@link #lock}). */
    Answered answer(Answer a) {
        Object[] params = ANSWER.bind(new NamedSql.Params().set("tenant", sql.tenant()).set("event", a.eventId())
                .set("household", a.householdKey()).set("id", a.newId()).set("answer", a.answer())
                .set("heads", a.heads()).set("adults", a.adultGuests()).set("children", a.childGuests())
                .set("note", a.note()).set("by", a.by()).set("at", a.at()));
        return sql.one(ANSWER.sql(), RsvpAnswers::answered, params)
                .orElseThrow(() -> new IllegalStateException("The answer wrote no row"));
    }

    private static Answered answered(ResultSet rs) throws SQLException {
        return new Answered(Sql.uuid(rs, "id"), rs.getString("answer"), rs.getString("status"),
                rs.getInt("adult_guests"), rs.getInt("child_guests"), rs.getString("note"),
                (Long) rs.getObject("position"), Sql.instant(rs, "promoted_at"), rs.getString("responded_by_name"),
                Sql.instant(rs, "responded_at"), rs.getLong("version"), (Long) rs.getObject("old_version"),
                rs.getInt("promoted"));
    }
}
