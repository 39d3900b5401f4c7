package org.tandem.goals.checkin;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.goals.GoalSettings;
import org.tandem.goals.Side;
import org.tandem.platform.persistence.Sql;

/** Check-ins and their comments; pages of check-ins in plain SQL with their ticks and comment counts. */
@ApplicationScoped
public class CheckInRepository implements PanacheRepositoryBase<CheckIn, UUID> {

    /** A position in a goal's check-ins, newest first. */
    public record Position(LocalDate date, Instant createdAt, UUID id) {
    }

    /** A position in a check-in's comments, oldest first. */
    public record CommentPosition(Instant createdAt, UUID id) {
    }

    private static final String VIEW = """
            SELECT c.id, c.goal_id, c.author_id, c.side, c.on_date, c.value, c.note, c.edited_at, c.created_at, c.version,
                   ARRAY(SELECT m.id FROM goal_milestone m WHERE m.tenant_id = c.tenant_id AND m.goal_id = c.goal_id
                           AND m.done_in = c.id ORDER BY m.position) AS milestones,
                   (SELECT count(*) FROM goal_check_in_comment k
                     WHERE k.tenant_id = c.tenant_id AND k.check_in_id = c.id) AS comments
            FROM goal_check_in c WHERE c.tenant_id = ? AND c.goal_id = ?""";

    private final Sql sql;
    private final Duration editWindow;

    CheckInRepository(Sql sql, GoalSettings settings) {
        this.sql = sql;
        this.editWindow = settings.checkInEditWindow();
    }

    /** A page of the goal's check-ins, newest first (by date, then by when they were written). */
    List<CheckIns.View> page(UUID goalId, Position after, int limit) {
        List<Object> params = new ArrayList<>(List.of(sql.tenant(), goalId));
        String keyset = "";
        if (after != null) {
            keyset = " AND (c.on_date, c.created_at, c.id) < (?, ?, ?)";
            params.addAll(List.of(after.date(), after.createdAt(), after.id()));
        }
        params.add(limit);
        return sql.list(VIEW + keyset + " ORDER BY c.on_date DESC, c.created_at DESC, c.id DESC LIMIT ?",
                this::view, params.toArray());
    }

    /** One check-in of the goal as the API shows it (flush first inside a writing transaction). */
    Optional<CheckIns.View> view(UUID goalId, UUID checkInId) {
        flush();
        return sql.one(VIEW + " AND c.id = ?", this::view, sql.tenant(), goalId, checkInId);
    }

    Optional<CheckIn> ofGoal(UUID goalId, UUID checkInId) {
        return checkInId == null ? Optional.empty()
                : find("goalId = ?1 and id = ?2", goalId, checkInId).firstResultOptional();
    }

    void comment(CheckInComment comment) {
        getEntityManager().persist(comment);
    }

    List<CheckInComment> comments(UUID checkInId, CommentPosition after, int limit) {
        var query = getEntityManager().createQuery("FROM CheckInComment k WHERE k.checkInId = :checkIn"
                        + (after == null ? "" : " AND (k.createdAt > :at OR (k.createdAt = :at AND k.id > :id))")
                        + " ORDER BY k.createdAt, k.id", CheckInComment.class)
                .setParameter("checkIn", checkInId).setMaxResults(limit);
        if (after != null) {
            query.setParameter("at", after.createdAt()).setParameter("id", after.id());
        }
        return query.getResultList();
    }

    private CheckIns.View view(ResultSet rs) throws SQLException {
        Instant created = Sql.instant(rs, "created_at");
        double value = rs.getDouble("value");
        Double boxed = rs.wasNull() ? null : value;
        return new CheckIns.View(Sql.uuid(rs, "id"), Sql.uuid(rs, "goal_id"), Sql.uuid(rs, "author_id"),
                Side.valueOf(rs.getString("side").toUpperCase(java.util.Locale.ROOT)),
                rs.getObject("on_date", LocalDate.class), boxed, rs.getString("note"), org.tandem.goals.GoalReads.uuids(rs.getArray("milestones")),
                rs.getInt("comments"), created.plus(editWindow), Sql.instant(rs, "edited_at"), created,
                rs.getLong("version"));
    }
}
