package org.tandem.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tandem.access.AuditLog;
import org.tandem.access.Connections;

/**
 * The caller's reach over goals, in SQL, so that a read is one statement whoever calls: the same
 * decision as {@link GoalAccess#over} (through {@code AccessPolicy}), written with the access
 * vocabulary's SQL forms ({@link Connections#currentLinkLateral}, {@link Connections#teachesNowSql},
 * {@link Connections#administersSchoolSql}). What the token says (roles) is decided here, in Java,
 * and shapes the statement: a guardian's statement never looks at staff records and a teacher's
 * never at guardian links it cannot have.
 *
 * <ul>
 *   <li>A caller sees a student's goals when they administer the student's school (a district admin,
 *       or an active school-admin staff record there), teach the student now, or hold a current link
 *       that allows goals.</li>
 *   <li>A confidential goal further needs: an administrator role administering the school, a link
 *       with educational rights, or an active staff record of the caller assigned to the goal.</li>
 *   <li>The caller acts as family for a student they hold such a link to, as school otherwise.</li>
 * </ul>
 *
 * <p>Statements start with {@link #with}, a CTE {@code me} of the caller's facts (tenant, account,
 * today for "teaches now", now for the audit), and reference {@code me} wherever it is in scope.
 */
public record GoalSight(String tenant, UUID account, boolean guardian, boolean staff, boolean administrator,
                        boolean districtAdmin, LocalDate today, Instant now, String actorRole, String requestId) {

    /** A statement's text and its parameters, kept in step while it is composed. */
    public static final class Statement {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        public Statement add(String sql, Object... values) {
            text.append(sql);
            params.addAll(List.of(values));
            return this;
        }

        /** Adds a parameter that may be null (List.of refuses nulls). */
        public Statement addNullable(String sql, Object value) {
            text.append(sql);
            params.add(value);
            return this;
        }

        public String text() {
            return text.toString();
        }

        public Object[] params() {
            return params.toArray();
        }
    }

    /** Starts a statement: {@code WITH me AS (...)}; the caller adds {@code , next AS (...)} or a SELECT. */
    public Statement with() {
        return new Statement().add("WITH me AS NOT MATERIALIZED (SELECT ?::text AS tenant, ?::uuid AS account,"
                + " ?::date AS today, ?::timestamptz AS now)", tenant, account, today, now);
    }

    /**
     * A lateral join adding the caller's reach over the student {@code student} of the school
     * {@code school} (column references) as {@code rc.family}, {@code rc.rights} (family with
     * educational rights), {@code rc.sees} and {@code rc.all_confidential}. {@code me} must be in scope.
     */
    public String studentReach(String student, String school) {
        return FRAGMENTS.computeIfAbsent("reach|" + shape() + "|" + student + "|" + school,
                key -> buildStudentReach(student, school));
    }

    /** The fragments depend only on the roles and the column names: built once per shape (String.format is not free). */
    private static final java.util.Map<String, String> FRAGMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    private String shape() {
        return (guardian ? "g" : "-") + (staff ? "s" : "-") + (administrator ? "a" : "-") + (districtAdmin ? "d" : "-");
    }

    private String buildStudentReach(String student, String school) {
        String family = guardian ? "coalesce(cl.may_see_goals_and_celebrations, false)" : "false";
        String rights = guardian ? "coalesce(cl.educational_rights, false)" : "false";
        String administers = districtAdmin ? "true"
                : staff ? Connections.administersSchoolSql("me.tenant", "me.account", school) : "false";
        String teaches = staff ? Connections.teachesNowSql("me.tenant", "me.account", student, "me.today") : "false";
        String link = guardian ? " FROM (SELECT 1) one" + Connections.currentLinkLateral("me.tenant", "me.account",
                student, "cl") : "";
        return " CROSS JOIN LATERAL (SELECT k.family, k.family AND k.rights AS rights,"
                + " k.administers OR k.teaches OR k.family AS sees,"
                + " (" + administrator + " AND k.administers) OR (k.family AND k.rights) AS all_confidential"
                + " FROM (SELECT " + family + " AS family, " + rights + " AS rights, " + administers + " AS administers, "
                + teaches + " AS teaches" + link + ") k) rc ";
    }

    /** Whether one of the caller's active staff records is assigned to the goal {@code goal} (a column reference). */
    public String assigned(String goal) {
        return FRAGMENTS.computeIfAbsent("assigned|" + staff + "|" + goal, key -> buildAssigned(goal));
    }

    private String buildAssigned(String goal) {
        return staff ? " EXISTS (SELECT 1 FROM goal_staff gs WHERE gs.tenant_id = me.tenant AND gs.goal_id = " + goal
                + " AND gs.staff_id IN " + Connections.staffIdsOfAccountSql("me.tenant", "me.account") + ") " : " false ";
    }

    /**
     * A data-modifying CTE {@code name} writing one audit event (as {@link AuditLog#recordRead} does)
     * for each row of {@code rows}, a FROM item with {@code student_id} and {@code family} (purpose
     * {@code family}, else administration or instruction). It runs whether or not the query reads it.
     */
    public void audit(Statement statement, String name, String action, String rows) {
        statement.add(", " + name + " AS (INSERT INTO audit_event (" + AuditLog.COLUMNS + ")"
                + " SELECT gen_random_uuid(), me.tenant, me.now, me.account, ?, ?, a.student_id,"
                + " CASE WHEN a.family THEN 'family' ELSE ? END, ? FROM me, " + rows + " a)",
                actorRole, action, administrator ? "administration" : "instruction");
        statement.addNullable("", requestId);
    }
}
