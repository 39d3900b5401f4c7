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
 * and pending revision (the hot read paths; see {@link Sql} on why not Hibernate). Every table
 * is filtered by the tenant. Callers decide access from the rows ({@link GoalAccess.Reach}), or pass
 * the reach into the statement for lists, so a confidential goal out of reach is never counted.
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
     * The attention rank of {@code goal}: 0 when awaiting the caller's side (family for the students
     * in the first parameter, school otherwise), 1 while open, 2 once closed.
     */
    private static final String ATTENTION = """
            CASE WHEN goal.awaiting_side = CASE WHEN goal.student_id = ANY (?) THEN 'family' ELSE 'school' END THEN 0
                 WHEN goal.status IN ('proposed', 'active') THEN 1 ELSE 2 END""";

    /** Whether the caller sees {@code goal} when confidential: all of the student's, or assigned (parameters 1, 2). */
    private static final String CONFIDENTIAL_IN_REACH = """
            (NOT goal.confidential OR goal.student_id = ANY (?)
             OR EXISTS (SELECT 1 FROM goal_staff gs WHERE gs.tenant_id = goal.tenant_id AND gs.goal_id = goal.id
                          AND gs.staff_id = ANY (?)))""";

    private final Sql sql;
    private final ObjectMapper mapper;

    GoalReads(Sql sql, ObjectMapper mapper) {
        this.sql = sql;
        this.mapper = mapper;
    }

    /**
     * One goal, whoever may see it, in one statement with the current guardian link of the account
     * {@code caller} to its student ({@link Connections#currentLinkLateral}): the caller decides with
     * {@link GoalAccess.Reach#sees} and sets {@code awaitingMe} with {@link GoalView#seenFrom}.
     */
    public Optional<GoalRow> one(UUID goalId, UUID caller) {
        String tenant = sql.tenant();
        return sql.one("SELECT " + COLUMNS + ", " + Connections.linkColumns("cl")
                        + " FROM (SELECT goal.*, " + ATTENTION + " AS attention FROM goal"
                        + " WHERE goal.tenant_id = ? AND goal.id = ?) g" + PENDING_REVISION
                        + Connections.currentLinkLateral("?", "?", "g.student_id", "cl"),
                rs -> row(rs, true), java.util.Set.of(), tenant, goalId, tenant, caller, tenant);
    }

    /** The account's current links to active students, in one plain statement ({@link Connections#currentLinksOfAccountSql}). */
    public List<org.tandem.access.GuardianLink> linksOf(UUID account) {
        String tenant = sql.tenant();
        return sql.list(Connections.currentLinksOfAccountSql("?", "?"), rs -> Connections.linkFrom(rs, "cl").orElseThrow(),
                tenant, account, tenant, tenant);
    }

    /** A page of the goals of these students that the reach sees, by attention, target date and id. */
    public List<GoalRow> page(GoalAccess.Reach reach, java.util.Collection<UUID> students, Filter filter,
                              Position after, int limit) {
        if (students.isEmpty()) {
            return List.of();
        }
        String tenant = sql.tenant();
        List<Object> params = new ArrayList<>(List.of(reach.family(), tenant, students, reach.allConfidential(),
                reach.staffIds()));
        StringBuilder where = new StringBuilder();
        if (filter.status() != null) {
            where.append(" AND goal.status = ?");
            params.add(filter.status().wire());
        }
        if (filter.category() != null) {
            where.append(" AND goal.category = ?");
            params.add(filter.category().wire());
        }
        String keyset = "";
        if (after != null) {
            keyset = " WHERE (g.attention, g.target_date, g.id) > (?, ?, ?)";
            params.addAll(List.of(after.attention(), after.targetDate(), after.id()));
        }
        params.add(limit);
        return sql.list("SELECT " + COLUMNS + " FROM (SELECT goal.*, " + ATTENTION + " AS attention FROM goal"
                        + " WHERE goal.tenant_id = ? AND goal.student_id = ANY (?) AND " + CONFIDENTIAL_IN_REACH
                        + where + ") g" + PENDING_REVISION + keyset
                        + " ORDER BY g.attention, g.target_date, g.id LIMIT ?",
                rs -> row(rs, false), params.toArray());
    }

    private static final String PENDING_REVISION =
            " LEFT JOIN goal_revision r ON r.tenant_id = g.tenant_id AND r.goal_id = g.id AND r.status = 'pending'";

    private GoalRow row(ResultSet rs, boolean withLink) throws SQLException {
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
        return new GoalRow(view, staff, attention, withLink ? Connections.linkFrom(rs, "cl").orElse(null) : null);
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
