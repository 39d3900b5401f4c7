package org.tandem.celebrations;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.tandem.celebrations.badges.BadgeSymbol;
import org.tandem.celebrations.dto.CelebrationView;
import org.tandem.goals.GoalReads;
import org.tandem.platform.persistence.Sql;

/**
 * Celebrations read in plain SQL, each with its badge, its author's name, its reaction counts (and
 * whether the caller reacted) and, for a confidential goal's celebration, the goal's staff: one
 * statement for one celebration or a page. Every table is filtered by the tenant.
 */
@ApplicationScoped
public class CelebrationReads {

    /** A celebration as read, with what access decisions need. */
    public record Row(CelebrationView view, UUID schoolId, boolean confidential, List<UUID> goalStaff) {
        public UUID studentId() {
            return view.studentId();
        }

        public boolean withdrawn() {
            return view.withdrawnAt() != null;
        }
    }

    /** A position in a list newest first. */
    public record Position(Instant at, UUID id) {
    }

    private static final TypeReference<List<CelebrationView.ReactionCount>> REACTIONS = new TypeReference<>() {
    };

    /**
     * The columns of celebration {@code c} with its badge {@code b} and author {@code a}; the reaction
     * counts take the caller's account as a parameter ("mine").
     */
    public static final String COLUMNS = """
            c.id, c.student_id, c.class_id, c.author_id, a.display_name AS author_name, c.title, c.message, c.category,
            c.badge_id, b.name AS badge_name, b.symbol AS badge_symbol, c.goal_id, c.confidential, c.withdrawn_at,
            c.created_at, c.updated_at, c.version,
            (SELECT json_agg(json_build_object('reaction', x.reaction, 'count', x.n, 'mine', x.mine) ORDER BY x.reaction)
               FROM (SELECT r.reaction, count(*) AS n, bool_or(r.account_id = ?) AS mine FROM celebration_reaction r
                     WHERE r.tenant_id = c.tenant_id AND r.celebration_id = c.id GROUP BY r.reaction) x) AS reactions""";

    static final String JOINS = " LEFT JOIN badge b ON b.tenant_id = c.tenant_id AND b.id = c.badge_id"
            + " JOIN account a ON a.tenant_id = c.tenant_id AND a.id = c.author_id ";

    /** {@link #JOINS} for rows that may have no celebration (the timeline's goals and milestones). */
    public static final String JOINS_OUTER = " LEFT JOIN badge b ON b.tenant_id = c.tenant_id AND b.id = c.badge_id"
            + " LEFT JOIN account a ON a.tenant_id = c.tenant_id AND a.id = c.author_id ";

    private final Sql sql;
    private final ObjectMapper mapper;

    CelebrationReads(Sql sql, ObjectMapper mapper) {
        this.sql = sql;
        this.mapper = mapper;
    }

    /** One celebration with its school and (for a goal's) the goal's assigned staff. */
    public Optional<Row> one(UUID celebrationId, UUID caller) {
        String tenant = sql.tenant();
        return sql.one("SELECT " + COLUMNS + ", coalesce(s.school_id, k.school_id) AS school_id,"
                        + " ARRAY(SELECT gs.staff_id FROM goal_staff gs WHERE gs.tenant_id = c.tenant_id"
                        + " AND gs.goal_id = c.goal_id) AS goal_staff FROM celebration c" + JOINS
                        + " LEFT JOIN student s ON s.tenant_id = c.tenant_id AND s.id = c.student_id"
                        + " LEFT JOIN school_class k ON k.tenant_id = c.tenant_id AND k.id = c.class_id"
                        + " WHERE c.tenant_id = ? AND c.id = ?",
                rs -> new Row(view(rs), Sql.uuid(rs, "school_id"), rs.getBoolean("confidential"),
                        GoalReads.uuids(rs.getArray("goal_staff"))),
                caller, tenant, celebrationId);
    }

    /** A page of a class's celebrations (not withdrawn), newest first. */
    public List<CelebrationView> ofClass(UUID classId, UUID caller, Position before, int limit) {
        String tenant = sql.tenant();
        List<Object> params = new ArrayList<>(List.of(caller, tenant, classId));
        String keyset = "";
        if (before != null) {
            keyset = " AND (c.created_at, c.id) < (?, ?)";
            params.add(before.at());
            params.add(before.id());
        }
        params.add(limit);
        return sql.list("SELECT " + COLUMNS + " FROM celebration c" + JOINS
                        + " WHERE c.tenant_id = ? AND c.class_id = ? AND c.withdrawn_at IS NULL" + keyset
                        + " ORDER BY c.created_at DESC, c.id DESC LIMIT ?",
                this::view, params.toArray());
    }

    /** The view of the current row, read as {@link #COLUMNS} names its columns. */
    public CelebrationView view(ResultSet rs) throws SQLException {
        UUID badgeId = Sql.uuid(rs, "badge_id");
        return new CelebrationView(Sql.uuid(rs, "id"), Sql.uuid(rs, "student_id"), Sql.uuid(rs, "class_id"),
                Sql.uuid(rs, "author_id"), rs.getString("author_name"), rs.getString("title"), rs.getString("message"),
                CelebrationCategory.valueOf(upper(rs.getString("category"))),
                badgeId == null ? null : new CelebrationView.BadgeRef(badgeId, rs.getString("badge_name"),
                        BadgeSymbol.valueOf(upper(rs.getString("badge_symbol")))),
                Sql.uuid(rs, "goal_id"), reactions(rs.getString("reactions")), Sql.instant(rs, "withdrawn_at"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getLong("version"));
    }

    private List<CelebrationView.ReactionCount> reactions(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return mapper.readValue(json, REACTIONS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable reaction counts", e);
        }
    }

    static String upper(String wire) {
        return wire.toUpperCase(Locale.ROOT);
    }
}
