package org.tandem.goals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.access.Connections;
import org.tandem.goals.dto.GoalView;
import org.tandem.goals.dto.Revision;
import org.tandem.goals.dto.TargetMeasure;
import org.tandem.platform.persistence.Sql;

/**
 * Goals read in plain SQL, each list or goal in one statement with its milestones, assigned staff
 * and pending revision (the hot read paths; see {@link Sql} on why not Hibernate). Every table is
 * filtered by the tenant. Access is decided in the statement itself ({@link GoalSight}, the caller's
 * reach in SQL), so a confidential goal out of reach is never counted, and the same statement writes
 * the read to the audit log (a data-modifying CTE): a read is one round trip, in auto-commit.
 */
@ApplicationScoped
public class GoalReads {

    /** A position in a list sorted by attention, then target date, then id. */
    public record Position(int attention, LocalDate targetDate, UUID id) {
    }

    /** Filters of a list; null means any. */
    public record Filter(GoalStatus status, GoalCategory category) {
        String fingerprint() {
            return (status == null ? "" : status.wire()) + "|" + (category == null ? "" : category.wire());
        }
    }

    private static final TypeReference<List<GoalView.Milestone>> MILESTONES = new TypeReference<>() {
    };

    /** The columns of a goal, from {@code g} (with {@code attention}) and its pending revision {@code r}. */
    private static final String COLUMNS = """
            g.id, g.student_id, g.title, g.description, g.category, g.status, g.confidential, g.proposed_by,
            g.proposed_side, g.awaiting_side, g.start_date, g.target_date, g.home_support, g.school_support,
            g.measure, g.baseline, g.target_value, g.unit, g.direction, g.mastery_count, g.closed_reason,
            g.agreed_at, g.closed_at, g.created_at, g.updated_at, g.version, g.attention, g.celebration_id,
            ARRAY(SELECT s.staff_id FROM goal_staff s WHERE s.tenant_id = g.tenant_id AND s.goal_id = g.id
                  ORDER BY s.staff_id) AS staff,
            (SELECT json_agg(json_build_object('id', m.id, 'position', m.position, 'title', m.title,
                    'doneAt', to_char(m.done_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24":"MI":"SS.US"Z"'),
                    'checkInId', m.done_in) ORDER BY m.position)
               FROM goal_milestone m WHERE m.tenant_id = g.tenant_id AND m.goal_id = g.id) AS milestones,
            r.id AS r_id, r.proposed_by AS r_by, r.side AS r_side, r.start_date AS r_start, r.target_date AS r_target,
            r.baseline AS r_baseline, r.target_value AS r_value, r.unit AS r_unit, r.direction AS r_direction,
            r.mastery_count AS r_mastery, r.note AS r_note, r.created_at AS r_at""";

    /**
     * The attention rank of {@code goal}: 0 when awaiting the caller's side ({@code family} a boolean
     * column: family, else school), 1 while open, 2 once closed.
     */
    private static String attention(String family) {
        return " CASE WHEN goal.awaiting_side = CASE WHEN " + family + " THEN 'family' ELSE 'school' END THEN 0"
                + " WHEN goal.status IN ('proposed', 'active') THEN 1 ELSE 2 END AS attention ";
    }

    /** The valued check-ins of the goal {@code g} in date order, as three arrays (ids, days since the start, values). */
    private static final String SERIES = " " + """
            LEFT JOIN LATERAL (SELECT array_agg(c.id ORDER BY c.on_date, c.created_at, c.id) AS s_ids,
                                       array_agg(c.on_date - g.start_date ORDER BY c.on_date, c.created_at, c.id) AS s_days,
                                       array_agg(c.value ORDER BY c.on_date, c.created_at, c.id) AS s_values
                                FROM goal_check_in c
                                WHERE g.seen AND g.measure = 'target' AND c.tenant_id = g.tenant_id AND c.goal_id = g.id
                                  AND c.value IS NOT NULL) sr ON true""";

    /** The caller's current links and the students they teach now, as {@code mine} reads them (built once). */
    private static final String MY_LINKS = Connections.currentLinksOfAccountSql("me.tenant", "me.account");
    private static final String MY_STUDENTS_TAUGHT = Connections.studentsTaughtNowSql("me.tenant", "me.account",
            "me.today");

    private final Sql sql;
    private final ObjectMapper mapper;

    GoalReads(Sql sql, ObjectMapper mapper) {
        this.sql = sql;
        this.mapper = mapper;
    }

    /**
     * One goal, whoever asks, in one statement: the goal, whether the caller sees it ({@link GoalSight})
     * and from which side, its student's school's time zone, and (with {@code series}) its valued
     * check-ins. With an {@code auditAction} the same statement writes the read to the audit log when
     * the caller sees the goal. Empty when there is no such goal.
     */
    public Optional<GoalRow> one(UUID goalId, GoalSight sight, String auditAction, boolean series) {
        GoalSight.Statement st = sight.with();
        st.add(", g AS (SELECT goal.*, sc.time_zone AS zone, rc.family AS family,"
                + " rc.sees AND (NOT goal.confidential OR rc.all_confidential OR " + sight.assigned("goal.id") + ") AS seen,"
                + attention("rc.family")
                + " FROM me JOIN goal ON goal.tenant_id = me.tenant AND goal.id = ?"
                + " JOIN student s ON s.tenant_id = me.tenant AND s.id = goal.student_id"
                + " JOIN school sc ON sc.tenant_id = me.tenant AND sc.id = s.school_id"
                + sight.studentReach("s.id", "s.school_id") + ")", goalId);
        if (auditAction != null) {
            sight.audit(st, "audit", auditAction, "(SELECT student_id, family FROM g WHERE seen)");
        }
        st.add(" SELECT " + COLUMNS + ", g.seen, g.family, g.zone"
                + (series ? ", sr.s_ids, sr.s_days, sr.s_values" : "") + " FROM g" + PENDING_REVISION
                + (series ? SERIES : ""));
        return sql.one(st.text(), rs -> row(rs, true, series), st.params());
    }

    /** The time zone of the student's school (UTC if unknown): the zone of the goal's "today". */
    public java.time.ZoneId zoneOfStudent(UUID studentId) {
        return sql.one("SELECT sc.time_zone FROM student s JOIN school sc ON sc.tenant_id = s.tenant_id"
                        + " AND sc.id = s.school_id WHERE s.tenant_id = ? AND s.id = ?", rs -> zone(rs.getString(1)),
                sql.tenant(), studentId).orElse(java.time.ZoneOffset.UTC);
    }

    /**
     * "My goals" in one statement: the goals of the caller's children whose link allows goals and of
     * the students they teach now, that they see, after {@code after}; the same statement writes one
     * audit event per student of the first {@code limit} rows (the page shown).
     */
    public List<GoalRow> mine(GoalSight sight, Filter filter, Position after, int fetch, int limit) {
        GoalSight.Statement st = sight.with();
        List<String> sources = new ArrayList<>();
        if (sight.guardian()) {
            sources.add("SELECT l.cl_student_id AS student_id, true AS family, l.cl_educational_rights AS rights"
                    + " FROM me CROSS JOIN LATERAL (" + MY_LINKS + ") l WHERE l.cl_may_see_goals_and_celebrations");
        }
        if (sight.staff()) {
            sources.add("SELECT t.student_id, false AS family, false AS rights FROM me CROSS JOIN LATERAL ("
                    + MY_STUDENTS_TAUGHT + ") t");
        }
        if (sources.isEmpty()) {
            sources.add("SELECT NULL::uuid AS student_id, false AS family, false AS rights WHERE false");
        }
        st.add(", st AS (SELECT x.student_id, bool_or(x.family) AS family, bool_or(x.rights) AS rights FROM ("
                + String.join(" UNION ALL ", sources) + ") x GROUP BY x.student_id)");
        page(st, sight, filter, after, fetch);
        sight.audit(st, "audit", "goals.list", "(SELECT DISTINCT student_id, family FROM (SELECT student_id, family"
                + " FROM g ORDER BY attention, target_date, id LIMIT ?) f)");
        st.add("", limit); // the LIMIT of the audit's rows, after the audit's own parameters
        st.add(" SELECT " + COLUMNS + ", true AS seen, g.family, NULL::text AS zone FROM g" + PENDING_REVISION
                + " ORDER BY g.attention, g.target_date, g.id");
        return sql.list(st.text(), rs -> row(rs, false, false), st.params());
    }

    /**
     * A student's goals that the caller sees, in one statement that also writes the read to the
     * audit log; empty when the caller may not see the student's goals (or there is no such student):
     * then the statement reads no goal and writes nothing.
     */
    public Optional<List<GoalRow>> ofStudent(GoalSight sight, UUID studentId, Filter filter, Position after, int fetch) {
        GoalSight.Statement st = sight.with();
        st.add(", st AS (SELECT s.id AS student_id, rc.family, rc.all_confidential AS rights, rc.sees"
                + " FROM me JOIN student s ON s.tenant_id = me.tenant AND s.id = ?"
                + sight.studentReach("s.id", "s.school_id") + " WHERE rc.sees)", studentId);
        page(st, sight, filter, after, fetch);
        sight.audit(st, "audit", "goals.list", "(SELECT student_id, family FROM st WHERE sees)");
        st.add(" SELECT st.sees AS student_seen, " + COLUMNS + ", true AS seen, g.family, NULL::text AS zone"
                + " FROM st LEFT JOIN g ON true" + PENDING_REVISION + " ORDER BY g.attention, g.target_date, g.id");
        List<Object[]> rows = sql.list(st.text(), rs -> new Object[] {rs.getBoolean("student_seen"),
                Sql.uuid(rs, "id") == null ? null : row(rs, false, false)}, st.params());
        if (rows.isEmpty() || !(Boolean) rows.get(0)[0]) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().filter(r -> r[1] != null).map(r -> (GoalRow) r[1]).toList());
    }

    /**
     * Adds the CTE {@code g}: a page of the goals of the students of {@code st} (student_id, family,
     * rights: sees all their confidential goals, and optionally sees) that the caller sees.
     * Withdrawn goals are left out unless asked for by status.
     */
    private static void page(GoalSight.Statement st, GoalSight sight, Filter filter, Position after, int fetch) {
        st.add(", g AS (SELECT * FROM (SELECT goal.*, st.family," + attention("st.family")
                // Per student through goal_by_student: OFFSET 0 keeps the lateral from being flattened into a
                // hash join over every goal of the district, which the planner picks for a teacher's 50 students.
                + " FROM me JOIN st ON true CROSS JOIN LATERAL (SELECT * FROM goal gs0 WHERE gs0.tenant_id = me.tenant"
                + " AND gs0.student_id = st.student_id OFFSET 0) goal"
                + " WHERE (NOT goal.confidential OR st.rights OR " + sight.assigned("goal.id") + ")");
        if (filter.status() != null) {
            st.add(" AND goal.status = ?", filter.status().wire());
        } else {
            st.add(" AND goal.status <> 'withdrawn'");
        }
        if (filter.category() != null) {
            st.add(" AND goal.category = ?", filter.category().wire());
        }
        st.add(") p");
        if (after != null) {
            st.add(" WHERE (p.attention, p.target_date, p.id) > (?, ?, ?)", after.attention(), after.targetDate(),
                    after.id());
        }
        st.add(" ORDER BY p.attention, p.target_date, p.id LIMIT ?)", fetch);
    }

    private static final String PENDING_REVISION =
            " LEFT JOIN goal_revision r ON r.tenant_id = g.tenant_id AND r.goal_id = g.id AND r.status = 'pending'";

    private GoalRow row(ResultSet rs, boolean one, boolean series) throws SQLException {
        MeasureKind measure = MeasureKind.valueOf(upper(rs.getString("measure")));
        TargetMeasure target = measure == MeasureKind.TARGET
                ? new TargetMeasure(rs.getDouble("baseline"), rs.getDouble("target_value"), rs.getString("unit"),
                Direction.valueOf(upper(rs.getString("direction"))), integer(rs, "mastery_count"))
                : null;
        List<UUID> staff = uuids(rs.getArray("staff"));
        List<GoalView.Milestone> milestones = milestones(rs.getString("milestones"));
        Revision.View pending = null;
        UUID revisionId = Sql.uuid(rs, "r_id");
        if (revisionId != null) {
            TargetMeasure revised = measure == MeasureKind.TARGET
                    ? new TargetMeasure(rs.getDouble("r_baseline"), rs.getDouble("r_value"), rs.getString("r_unit"),
                    Direction.valueOf(upper(rs.getString("r_direction"))), integer(rs, "r_mastery"))
                    : null;
            pending = new Revision.View(revisionId, Sql.uuid(rs, "r_by"), Side.valueOf(upper(rs.getString("r_side"))),
                    RevisionStatus.PENDING, rs.getObject("r_start", LocalDate.class),
                    rs.getObject("r_target", LocalDate.class), revised, rs.getString("r_note"), Sql.instant(rs, "r_at"));
        }
        String awaiting = rs.getString("awaiting_side");
        int attention = rs.getInt("attention");
        GoalView view = new GoalView(Sql.uuid(rs, "id"), Sql.uuid(rs, "student_id"), rs.getString("title"),
                rs.getString("description"), GoalCategory.valueOf(upper(rs.getString("category"))),
                GoalStatus.valueOf(upper(rs.getString("status"))), rs.getBoolean("confidential"),
                Sql.uuid(rs, "proposed_by"), Side.valueOf(upper(rs.getString("proposed_side"))),
                awaiting == null ? null : Side.valueOf(upper(awaiting)), attention == 0,
                rs.getObject("start_date", LocalDate.class), rs.getObject("target_date", LocalDate.class),
                rs.getString("home_support"), rs.getString("school_support"), measure, target, milestones, staff,
                pending, rs.getString("closed_reason"), Sql.instant(rs, "agreed_at"), Sql.instant(rs, "closed_at"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getLong("version"),
                Sql.uuid(rs, "celebration_id"));
        String zone = rs.getString("zone");
        return new GoalRow(view, staff, attention, rs.getBoolean("seen"), rs.getBoolean("family"),
                zone == null ? null : zone(zone), series ? series(rs) : null);
    }

    private static GoalRow.Series series(ResultSet rs) throws SQLException {
        Array ids = rs.getArray("s_ids");
        if (ids == null) {
            return new GoalRow.Series(List.of(), new int[0], new double[0]);
        }
        Object[] days = (Object[]) rs.getArray("s_days").getArray();
        Object[] values = (Object[]) rs.getArray("s_values").getArray();
        int[] d = new int[days.length];
        double[] v = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = ((Number) days[i]).intValue();
            v[i] = ((Number) values[i]).doubleValue();
        }
        return new GoalRow.Series(uuids(ids), d, v);
    }

    /** A school's time zone; an unknown one (not checked when the roster wrote it) counts as UTC. */
    static java.time.ZoneId zone(String id) {
        try {
            return java.time.ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneOffset.UTC;
        }
    }

    private List<GoalView.Milestone> milestones(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return mapper.readValue(json, MILESTONES);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable milestones", e);
        }
    }

    /** A uuid[] column as a list. */
    public static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o).toList();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static String upper(String wire) {
        return wire.toUpperCase(java.util.Locale.ROOT);
    }
}
