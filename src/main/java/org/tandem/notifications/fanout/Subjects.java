package org.tandem.notifications.fanout;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.tandem.notifications.Kind;
import org.tandem.platform.persistence.NamedSql;
import org.tandem.platform.persistence.Sql;

/**
 * What a notification says about its subject, read once per event when it is fanned out: the actor's
 * name, the student's first name, the thing's title and time, the message's first words. Only people
 * in the event's audience read it (they may see all of it), and the outbox itself never holds it.
 */
@ApplicationScoped
class Subjects {

    /** The words and the app link of one event's notifications; null fields are simply left out. */
    record Subject(String actor, String student, String title, String snippet, Instant at, String timeZone, String link) {
    }

    private static final String ACTOR = "(SELECT display_name FROM account WHERE tenant_id = :t AND id = CAST(:actor AS uuid)) AS actor";

    private final Sql sql;

    Subjects(Sql sql) {
        this.sql = sql;
    }

    Subject of(Kind kind, UUID tenantId, UUID subjectId, UUID actorId, EventData data) {
        String select = switch (kind) {
            case MESSAGE_POSTED, ANNOUNCEMENT_POSTED -> "SELECT " + ACTOR + ", NULL AS student, t.subject AS title,"
                    + " left(m.body, 200) AS snippet, NULL::timestamptz AS at, NULL AS zone FROM message m"
                    + " JOIN thread t ON t.tenant_id = m.tenant_id AND t.id = m.thread_id WHERE m.tenant_id = :t AND m.id = :subject";
            case GOAL_PROPOSED, GOAL_AGREED, GOAL_REVISED, GOAL_ACHIEVED, GOAL_CHECKED_IN -> "SELECT " + ACTOR
                    + ", s.given_name AS student, g.title, NULL AS snippet, NULL::timestamptz AS at, NULL AS zone FROM goal g"
                    + " JOIN student s ON s.tenant_id = g.tenant_id AND s.id = g.student_id WHERE g.tenant_id = :t AND g.id = CAST(:goal AS uuid)";
            case EVENT_CREATED, EVENT_CHANGED, EVENT_CANCELLED, RSVP_PROMOTED -> "SELECT " + ACTOR
                    + ", NULL AS student, e.title, NULL AS snippet, e.starts_at AS at, e.time_zone AS zone FROM event e"
                    + " WHERE e.tenant_id = :t AND e.id = CAST(:event AS uuid)";
            case CONFERENCE_BOOKED, CONFERENCE_CANCELLED, CONFERENCE_MOVED -> "SELECT " + ACTOR
                    + ", s.given_name AS student, c.title, NULL AS snippet, CAST(:startsAt AS timestamptz) AS at,"
                    + " c.time_zone AS zone FROM conference c JOIN student s ON s.tenant_id = c.tenant_id AND s.id = CAST(:student AS uuid)"
                    + " WHERE c.tenant_id = :t AND c.id = CAST(:conference AS uuid)";
            case CELEBRATION_POSTED -> "SELECT " + ACTOR + ", s.given_name AS student, c.title, NULL AS snippet,"
                    + " NULL::timestamptz AS at, NULL AS zone FROM celebration c"
                    + " LEFT JOIN student s ON s.tenant_id = c.tenant_id AND s.id = c.student_id WHERE c.tenant_id = :t AND c.id = :subject";
            case APPRECIATION_SENT, ROSTER_IMPORT_FINISHED -> "SELECT " + ACTOR + ", NULL AS student, NULL AS title,"
                    + " NULL AS snippet, NULL::timestamptz AS at, NULL AS zone";
        };
        NamedSql statement = NamedSql.of(select);
        NamedSql.Params params = new NamedSql.Params().set("t", tenantId.toString()).set("subject", subjectId)
                .set("actor", actorId).set("goal", data.uuid("goalId")).set("event", data.uuid("eventId"))
                .set("student", data.uuid("studentId")).set("conference", data.uuid("conferenceId"))
                .set("startsAt", data.text("startsAt"));
        String link = link(kind, subjectId, data);
        return sql.one(statement.sql(), rs -> new Subject(rs.getString("actor"), rs.getString("student"),
                        rs.getString("title"), rs.getString("snippet"), Sql.instant(rs, "at"), rs.getString("zone"), link),
                statement.bind(params)).orElse(null);
    }

    /** The app path a notification opens (the API's path of the thing, which apps mirror). */
    static String link(Kind kind, UUID subjectId, EventData data) {
        return switch (kind) {
            case MESSAGE_POSTED, ANNOUNCEMENT_POSTED -> "/threads/" + data.text("threadId");
            case GOAL_PROPOSED, GOAL_AGREED, GOAL_REVISED, GOAL_ACHIEVED, GOAL_CHECKED_IN -> "/goals/" + data.text("goalId");
            case EVENT_CREATED, EVENT_CHANGED, EVENT_CANCELLED, RSVP_PROMOTED -> "/events/" + data.text("eventId");
            case CONFERENCE_BOOKED, CONFERENCE_MOVED, CONFERENCE_CANCELLED -> "/conferences/" + data.text("conferenceId");
            case CELEBRATION_POSTED -> "/celebrations/" + subjectId;
            case APPRECIATION_SENT -> "/appreciations";
            case ROSTER_IMPORT_FINISHED -> "/roster/imports/" + subjectId;
        };
    }
}
