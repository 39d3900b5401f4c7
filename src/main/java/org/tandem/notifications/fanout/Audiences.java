package org.tandem.notifications.fanout;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.notifications.Kind;
import org.tandem.platform.persistence.NamedSql;
import org.tandem.platform.persistence.Sql;

/**
 * Who is told about a domain event, computed when the event is fanned out with the rules every
 * feature reads with: thread membership (which follows guardianship and no-contact, see
 * MembershipResync) minus muted threads and people who blocked the author; a guardian's current link
 * with the permission the feature asks for ({@code receives_communications} for events,
 * {@code may_see_goals_and_celebrations} for goals and celebrations, educational rights for a
 * confidential goal) and never a no-contact link; a confidential goal's staff only where assigned. The
 * actor is never told about their own action, and inactive accounts are never told.
 */
@ApplicationScoped
public class Audiences {

    /** A person to tell, and the language to tell them in. */
    public record Recipient(UUID accountId, String language) {
    }

    /** Guardian accounts of the students in {@code :students} whose current link carries {@code %s}. */
    private static final String GUARDIANS = """
            SELECT gd.account_id FROM guardianship g
            JOIN guardian gd ON gd.tenant_id = g.tenant_id AND gd.id = g.guardian_id AND gd.active AND gd.account_id IS NOT NULL
            WHERE g.tenant_id = :t AND g.student_id IN (%s) AND g.active AND NOT g.no_contact AND %s""";

    /** Staff accounts teaching the students in {@code %s} now (Connections.teachesNowSql's rule). */
    private static final String TEACHERS = """
            SELECT ts.account_id FROM enrollment te
            JOIN school_class tc ON tc.tenant_id = :t AND tc.id = te.class_id AND tc.active
            JOIN academic_term tt ON tt.tenant_id = :t AND tt.id = tc.term_id AND CAST(:today AS date) BETWEEN tt.starts_on AND tt.ends_on
            JOIN teaching_assignment ta ON ta.tenant_id = :t AND ta.class_id = te.class_id AND ta.active
            JOIN staff ts ON ts.tenant_id = :t AND ts.id = ta.staff_id AND ts.active AND ts.account_id IS NOT NULL
            WHERE te.tenant_id = :t AND te.student_id IN (%s) AND te.active""";

        private static final String GOAL = "SELECT account_id FROM (" + GUARDIANS.formatted(
            "SELECT student_id FROM goal WHERE tenant_id = :t AND id = :subject",
            "g.may_see_goals_and_celebrations AND (g.educational_rights OR NOT EXISTS"
                    + " (SELECT 1 FROM goal WHERE tenant_id = :t AND id = :subject AND confidential))")
            + " UNION SELECT st.account_id FROM goal_staff gs JOIN staff st ON st.tenant_id = gs.tenant_id AND st.id = gs.staff_id"
            + " AND st.active WHERE gs.tenant_id = :t AND gs.goal_id = :subject"
            + " UNION " + TEACHERS.formatted("SELECT student_id FROM goal WHERE tenant_id = :t AND id = :subject AND NOT confidential")
            + ") goal_audience";

    private static final String THREAD = """
            SELECT p.account_id FROM thread_participant p
            WHERE p.tenant_id = :t AND p.thread_id = CAST(:thread AS uuid) AND p.active AND NOT p.muted
              AND EXISTS (SELECT 1 FROM message m WHERE m.tenant_id = :t AND m.id = :subject AND m.deleted_at IS NULL)
              AND NOT EXISTS (SELECT 1 FROM contact_block b WHERE b.tenant_id = :t AND b.blocker_id = p.account_id
                                AND b.blocked_id = CAST(:actor AS uuid))""";

    private static final String EVENT_STUDENTS = """
            SELECT s.id FROM event e JOIN student s ON s.tenant_id = e.tenant_id AND s.active
            WHERE e.tenant_id = :t AND e.id = :subject AND (
                  e.audience = 'school' AND s.school_id = e.school_id
               OR e.audience = 'class' AND s.id IN (SELECT en.student_id FROM enrollment en
                                                    WHERE en.tenant_id = :t AND en.class_id = e.class_id AND en.active)
               OR e.audience = 'families' AND s.id IN (SELECT ef.student_id FROM event_family ef
                                                       WHERE ef.tenant_id = :t AND ef.event_id = e.id))""";

    /** The guardians of a household key (Connections.householdsOf's rule) linked to the student, if one is named. */
    private static final String HOUSEHOLD = """
            SELECT gd.account_id FROM guardian gd
            WHERE gd.tenant_id = :t AND gd.active AND gd.account_id IS NOT NULL
              AND gd.id IN (SELECT g.guardian_id FROM guardianship g WHERE g.tenant_id = :t AND g.active AND NOT g.no_contact
                              AND (CAST(:student AS uuid) IS NULL OR g.student_id = CAST(:student AS uuid)))
              AND coalesce(gd.household_id, (SELECT g.student_id FROM guardianship g WHERE g.tenant_id = :t
                                               AND g.guardian_id = gd.id AND g.active AND NOT g.no_contact
                                             ORDER BY g.student_id LIMIT 1)) = CAST(:household AS uuid)""";

    private static final String CONFERENCE_STAFF = """
            SELECT st.account_id FROM conference c JOIN staff st ON st.tenant_id = c.tenant_id AND st.id = c.staff_id AND st.active
            WHERE c.tenant_id = :t AND c.id = CAST(:conference AS uuid)""";

    private static final String CELEBRATION = "SELECT account_id FROM (" + GUARDIANS.formatted("""
                    SELECT coalesce(c.student_id, en.student_id) FROM celebration c
                    LEFT JOIN enrollment en ON en.tenant_id = c.tenant_id AND en.class_id = c.class_id AND en.active
                    WHERE c.tenant_id = :t AND c.id = :subject AND c.withdrawn_at IS NULL""",
            "g.may_see_goals_and_celebrations AND (g.educational_rights OR NOT EXISTS"
                    + " (SELECT 1 FROM celebration WHERE tenant_id = :t AND id = :subject AND confidential))")
            + " UNION SELECT st.account_id FROM celebration c JOIN goal_staff gs ON gs.tenant_id = c.tenant_id AND gs.goal_id = c.goal_id"
            + " JOIN staff st ON st.tenant_id = gs.tenant_id AND st.id = gs.staff_id AND st.active"
            + " WHERE c.tenant_id = :t AND c.id = :subject AND c.confidential AND c.withdrawn_at IS NULL) celebration_audience";

    private static final String APPRECIATION = """
            SELECT st.account_id FROM staff st WHERE st.tenant_id = :t AND st.id = CAST(:staff AS uuid) AND st.active""";

    /** The requester; an integrator's import that failed or had errors tells the district's administrators. */
    private static final String ROSTER = """
            SELECT CAST(:requester AS uuid) WHERE CAST(:requesterKind AS text) = 'account'
            UNION SELECT a.id FROM account a WHERE a.tenant_id = :t AND a.district_admin AND a.active
              AND CAST(:requesterKind AS text) = 'client' AND (CAST(:state AS text) = 'failed' OR CAST(:errors AS int) > 0)""";

    private final Sql sql;
    private final Clock clock;

    Audiences(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Everyone to tell about the event, each once, in a stable order. */
    public List<Recipient> of(Kind kind, UUID tenantId, UUID subjectId, UUID actorId, EventData data) {
        String audience = switch (kind) {
            case MESSAGE_POSTED, ANNOUNCEMENT_POSTED -> THREAD;
            case GOAL_PROPOSED, GOAL_AGREED, GOAL_REVISED, GOAL_ACHIEVED, GOAL_CHECKED_IN -> GOAL;
            case EVENT_CREATED, EVENT_CHANGED, EVENT_CANCELLED -> GUARDIANS.formatted(EVENT_STUDENTS, "g.receives_communications");
            case RSVP_PROMOTED -> HOUSEHOLD;
            case CONFERENCE_BOOKED, CONFERENCE_CANCELLED, CONFERENCE_MOVED -> HOUSEHOLD + " UNION " + CONFERENCE_STAFF;
            case CELEBRATION_POSTED -> CELEBRATION;
            case APPRECIATION_SENT -> APPRECIATION;
            case ROSTER_IMPORT_FINISHED -> ROSTER;
        };
        NamedSql statement = NamedSql.of("SELECT a.id, a.preferred_language FROM account a WHERE a.tenant_id = :t AND a.active"
                + " AND a.id IN (" + audience + ") AND a.id IS DISTINCT FROM CAST(:actor AS uuid) ORDER BY a.id");
        NamedSql.Params params = new NamedSql.Params().set("t", tenantId.toString()).set("subject", subjectId)
                .set("actor", actorId).set("today", LocalDate.now(clock));
        params.set("thread", data.uuid("threadId")).set("goal", data.uuid("goalId"))
                .set("student", kind == Kind.RSVP_PROMOTED ? null : data.uuid("studentId"))
                .set("household", data.uuid("householdKey")).set("conference", data.uuid("conferenceId"))
                .set("staff", data.uuid("staffId")).set("requester", data.uuid("requestedBy"))
                .set("requesterKind", data.text("requestedByKind")).set("state", data.text("state"))
                .set("errors", data.integer("errorCount"));
        return sql.list(statement.sql(), rs -> new Recipient(Sql.uuid(rs, "id"), rs.getString("preferred_language")),
                statement.bind(params));
    }
}
