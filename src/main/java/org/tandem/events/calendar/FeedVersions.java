package org.tandem.events.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.tandem.platform.persistence.NamedSql;
import org.tandem.platform.persistence.Sql;

/**
 * A feed's version, in one statement and without building anything: a hash of every row the feed
 * can be made from. It reads a superset of what the feed shows (every event of the person's schools
 * in the feed's window rather than only those whose audience includes them; the directory rows that
 * decide their reach rather than the reach itself), so it never decides who sees what (that stays
 * with {@link CalendarEntries} and the access vocabulary): it only tells when the feed may have
 * changed. Every row is hashed with its {@code version} (bumped on every change; RSVP promotion and
 * day moves bump it too) and the window's first day, so a change anywhere in the superset, or a new
 * day, gives a new version; a change outside it cannot change the feed. No row: the token opens no
 * feed (wrong, rotated, revoked, or its account deactivated).
 */
@ApplicationScoped
class FeedVersions {

    static final NamedSql VERSION = NamedSql.of("""
            WITH feed AS (
                SELECT f.id, f.account_id, f.version, a.district_admin, a.version AS account_version
                FROM calendar_feed f JOIN account a ON a.tenant_id = f.tenant_id AND a.id = f.account_id AND a.active
                WHERE f.tenant_id = :tenant AND f.token_hash = :hash),
            guardians AS (
                SELECT g.id, g.household_id, g.active, g.version FROM guardian g JOIN feed ON g.account_id = feed.account_id
                WHERE g.tenant_id = :tenant),
            links AS (
                SELECT l.id, l.student_id, l.version FROM guardianship l JOIN guardians g ON l.guardian_id = g.id
                WHERE l.tenant_id = :tenant),
            students AS (
                SELECT s.id, s.school_id, s.version FROM student s WHERE s.tenant_id = :tenant
                  AND s.id IN (SELECT student_id FROM links)),
            classes AS (
                SELECT e.id, e.class_id, e.version, c.version AS class_version
                FROM enrollment e JOIN school_class c ON c.tenant_id = e.tenant_id AND c.id = e.class_id
                WHERE e.tenant_id = :tenant AND e.student_id IN (SELECT id FROM students)),
            staff_of AS (
                SELECT st.id, st.school_id, st.version FROM staff st JOIN feed ON st.account_id = feed.account_id
                WHERE st.tenant_id = :tenant),
            events AS (
                SELECT e.id, e.version FROM event e
                WHERE e.tenant_id = :tenant AND e.ends_at > :from AND e.starts_at < :to
                  AND ((SELECT district_admin FROM feed)
                       OR e.school_id IN (SELECT school_id FROM students UNION SELECT school_id FROM staff_of))),
            households AS (SELECT household_id AS k FROM guardians WHERE household_id IS NOT NULL
                           UNION SELECT student_id FROM links),
            answers AS (
                SELECT r.id, r.version FROM event_rsvp r JOIN events e ON r.event_id = e.id
                WHERE r.tenant_id = :tenant AND r.household_key IN (SELECT k FROM households)),
            held AS (
                SELECT b.id, b.version, b.sequence, b.starts_at, b.ends_at, b.slot_id, c.id AS conference_id,
                       c.version AS conference_version, s.version AS slot_version, a.display_name AS booked_by,
                       st.version AS teacher_version
                FROM conference_booking b
                JOIN conference c ON c.tenant_id = b.tenant_id AND c.id = b.conference_id
                JOIN conference_slot s ON s.tenant_id = b.tenant_id AND s.id = b.slot_id
                LEFT JOIN account a ON a.tenant_id = b.tenant_id AND a.id = b.booked_by
                LEFT JOIN staff st ON st.tenant_id = c.tenant_id AND st.id = c.staff_id
                WHERE b.tenant_id = :tenant
                  AND (b.household_key IN (SELECT k FROM households)
                       OR b.conference_id IN (SELECT id FROM conference WHERE tenant_id = :tenant
                                                AND staff_id IN (SELECT id FROM staff_of))))
            SELECT md5(concat_ws('|', CAST(CAST(:from AS timestamptz) AS text),
                       (SELECT CAST(f AS text) FROM feed f),
                       (SELECT string_agg(CAST(x AS text), ',' ORDER BY x.id) FROM guardians x),
                       (SELECT string_agg(CAST(x AS text), ',' ORDER BY x.id) FROM links x),
                       (SELECT string_agg(CAST(x AS text), ',' ORDER BY x.id) FROM students x),
                       (SELECT string_agg(CAST(x AS text), ',' ORDER BY x.id) FROM classes x),
                       (SELECT string_agg(CAST(x AS text), ',' ORDER BY x.id) FROM staff_of x),
                       (SELECT string_agg(CAST(x AS text), ',' ORDER BY x.id) FROM events x),
                       (SELECT string_agg(CAST(x AS text), ',' ORDER BY x.id) FROM answers x),
                       (SELECT string_agg(CAST(x AS text), ',' ORDER BY x.id) FROM held x))) AS version
            FROM feed""");

    private final Sql sql;

    FeedVersions(Sql sql) {
        this.sql = sql;
    }

    /** The version of the feed this token hash opens for the window [from, to), as a strong entity tag. */
    Optional<String> of(UUID tenant, String tokenHash, Instant from, Instant to) {
        Object[] params = VERSION.bind(new NamedSql.Params().set("tenant", tenant.toString()).set("hash", tokenHash)
                .set("from", from).set("to", to));
        return sql.one(VERSION.sql(), rs -> "\"" + rs.getString("version") + "\"", params);
    }
}
