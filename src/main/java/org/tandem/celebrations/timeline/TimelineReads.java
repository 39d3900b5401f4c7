package org.tandem.celebrations.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.access.Connections;
import org.tandem.access.GuardianLink;
import org.tandem.celebrations.CelebrationReads;
import org.tandem.platform.persistence.Sql;

/**
 * A student's timeline in one plain statement: the student's celebrations (not withdrawn), achieved
 * goals and goal milestones reached, merged newest first by (time, id) with a keyset, each branch
 * limited to the page so the merge reads at most three pages; then the celebrations of the page get
 * their badge, author and reaction counts. Confidential goals (and their celebrations and
 * milestones) appear only for callers who see all of the student's confidential goals or are
 * assigned to the goal.
 */
@ApplicationScoped
public class TimelineReads {

    /** A position in the timeline, newest first. */
    public record Position(Instant at, UUID id) {
    }

    /** Whether a goal or a goal's celebration (alias, goal id column) is in the confidential reach (two parameters). */
    private static final String REACH = """
            (NOT %1$s.confidential OR ?::boolean OR EXISTS (SELECT 1 FROM goal_staff gs WHERE gs.tenant_id = %1$s.tenant_id
                 AND gs.goal_id = %2$s AND gs.staff_id = ANY (?)))""";

    private final Sql sql;
    private final CelebrationReads celebrations;

    TimelineReads(Sql sql, CelebrationReads celebrations) {
        this.sql = sql;
        this.celebrations = celebrations;
    }

    /** The current link of the account to the student, in one statement (a guardian-only caller's decision). */
    public Optional<GuardianLink> link(UUID account, UUID studentId) {
        String tenant = sql.tenant();
        return sql.one("SELECT " + Connections.linkColumns("cl") + " FROM (SELECT 1) one"
                        + Connections.currentLinkLateral("?", "?", "?", "cl"),
                rs -> Connections.linkFrom(rs, "cl"), tenant, account, tenant, studentId).flatMap(o -> o);
    }

    /**
     * A page of the student's timeline, newest first, before the position when given.
     *
     * @param allConfidential whether the caller sees every confidential goal of the student
     * @param staffIds        the caller's staff records (for goals assigned to them)
     */
    public List<TimelineItem> page(UUID studentId, boolean allConfidential, Collection<UUID> staffIds, UUID caller,
                                   Position before, int limit) {
        String tenant = sql.tenant();
        List<Object> params = new ArrayList<>();
        // The reaction counts' "mine" parameter comes first, in the select list.
        params.add(caller);
        for (int branch = 0; branch < 3; branch++) {
            add(params, tenant, studentId, allConfidential, staffIds, before, limit);
        }
        params.add(limit);
        params.add(tenant);
        String s = statement(before != null);
        return sql.list(s, rs -> {
            String kind = rs.getString("kind");
            return new TimelineItem(kind, Sql.uuid(rs, "t_id"), Sql.instant(rs, "at"),
                    "celebration".equals(kind) ? celebrations.view(rs) : null, Sql.uuid(rs, "t_goal_id"),
                    rs.getString("goal_title"), rs.getString("milestone_title"), Sql.uuid(rs, "goal_celebration_id"));
        }, params.toArray());
    }

    /**
     * The statement of {@link #page}, with a keyset condition or without (a first page). Parameters:
     * the caller's account (reaction counts' "mine"); for each of the three branches the tenant, the
     * student, whether the caller sees all confidential goals, the caller's staff ids, the position
     * (keyset only) and the limit; then the limit and the tenant.
     */
    public static String statement(boolean keyset) {
        String after = keyset ? " AND (%s, %s) < (?, ?)" : "%s%s";
        StringBuilder s = new StringBuilder("SELECT t.kind, t.id AS t_id, t.at, t.goal_id AS t_goal_id, t.goal_title,"
                + " t.milestone_title, t.goal_celebration_id, " + CelebrationReads.COLUMNS + " FROM (");
        s.append("(SELECT 'celebration' AS kind, c.id, c.created_at AS at, NULL::uuid AS goal_id, NULL::text AS goal_title,"
                + " NULL::text AS milestone_title, NULL::uuid AS goal_celebration_id FROM celebration c"
                + " WHERE c.tenant_id = ? AND c.student_id = ? AND c.withdrawn_at IS NULL AND ")
                .append(REACH.formatted("c", "c.goal_id"))
                .append(keyset ? after.formatted("c.created_at", "c.id") : "")
                .append(" ORDER BY c.created_at DESC, c.id DESC LIMIT ?)");
        s.append(" UNION ALL (SELECT 'goal_achieved', g.id, g.closed_at, g.id, g.title, NULL, g.celebration_id FROM goal g"
                + " WHERE g.tenant_id = ? AND g.student_id = ? AND g.status = 'achieved' AND ")
                .append(REACH.formatted("g", "g.id"))
                .append(keyset ? after.formatted("g.closed_at", "g.id") : "")
                .append(" ORDER BY g.closed_at DESC, g.id DESC LIMIT ?)");
        s.append(" UNION ALL (SELECT 'milestone_reached', m.id, m.done_at, g.id, g.title, m.title, NULL FROM goal g"
                + " JOIN goal_milestone m ON m.tenant_id = g.tenant_id AND m.goal_id = g.id AND m.done_at IS NOT NULL"
                + " WHERE g.tenant_id = ? AND g.student_id = ? AND ")
                .append(REACH.formatted("g", "g.id"))
                .append(keyset ? after.formatted("m.done_at", "m.id") : "")
                .append(" ORDER BY m.done_at DESC, m.id DESC LIMIT ?)");
        s.append(" ORDER BY at DESC, id DESC LIMIT ?) t")
                .append(" LEFT JOIN celebration c ON t.kind = 'celebration' AND c.tenant_id = ? AND c.id = t.id")
                .append(CelebrationReads.JOINS_OUTER)
                .append(" ORDER BY t.at DESC, t.id DESC");
        return s.toString().replaceAll("\\s+", " ");
    }

    private static void add(List<Object> params, String tenant, UUID studentId, boolean allConfidential,
                            Collection<UUID> staffIds, Position before, int limit) {
        params.add(tenant);
        params.add(studentId);
        params.add(allConfidential);
        params.add(staffIds);
        if (before != null) {
            params.add(before.at());
            params.add(before.id());
        }
        params.add(limit);
    }
}
