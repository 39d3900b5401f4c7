package org.tandem.notifications.preferences;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tandem.notifications.Kind;
import org.tandem.platform.persistence.Sql;

/**
 * What people chose, read in bulk for a fan-out or one at a time for a fallback, and the decision it
 * leads to: which channel a notification goes out on next, and whether it goes now, after the
 * person's quiet hours, or into their digest.
 */
@ApplicationScoped
public class Choices {

    /** A person's quiet hours and digest choice (the defaults when they never chose). */
    public record Setting(ZoneId zone, LocalTime quietStart, LocalTime quietEnd, String digest) {
        public static final Setting DEFAULT = new Setting(ZoneId.of("UTC"), null, null, "off");

        /** When the quiet hours that include {@code now} end; empty outside quiet hours (or without any). */
        public Optional<Instant> quietUntil(Instant now) {
            if (quietStart == null || quietEnd == null || quietStart.equals(quietEnd)) {
                return Optional.empty();
            }
            ZonedDateTime local = now.atZone(zone);
            LocalTime time = local.toLocalTime();
            LocalDate day = local.toLocalDate();
            boolean spansMidnight = quietStart.isAfter(quietEnd);
            boolean quiet = spansMidnight ? !time.isBefore(quietStart) || time.isBefore(quietEnd)
                    : !time.isBefore(quietStart) && time.isBefore(quietEnd);
            if (!quiet) {
                return Optional.empty();
            }
            LocalDate endDay = spansMidnight && !time.isBefore(quietStart) ? day.plusDays(1) : day;
            return Optional.of(ZonedDateTime.of(endDay, quietEnd, zone).toInstant());
        }
    }

    /** Where a notification goes next: a channel, and the state and time its ledger row starts with. */
    public record Step(String channel, String state, Instant at) {
    }

    private final Sql sql;

    Choices(Sql sql) {
        this.sql = sql;
    }

    public Map<UUID, Setting> settings(UUID tenantId, Collection<UUID> people) {
        Map<UUID, Setting> out = new HashMap<>();
        sql.list("SELECT account_id, time_zone, quiet_start, quiet_end, digest FROM notification_setting"
                        + " WHERE tenant_id = ? AND account_id = ANY (?)", rs -> {
                    out.put(Sql.uuid(rs, "account_id"), new Setting(zone(rs.getString("time_zone")),
                            rs.getObject("quiet_start", LocalTime.class), rs.getObject("quiet_end", LocalTime.class),
                            rs.getString("digest")));
                    return null;
                }, tenantId.toString(), people);
        return out;
    }

    /** The channels each person turned off for the kind (a missing row: on). */
    public Map<UUID, Set<String>> turnedOff(UUID tenantId, Kind kind, Collection<UUID> people) {
        Map<UUID, Set<String>> out = new HashMap<>();
        sql.list("SELECT account_id, channel FROM notification_preference WHERE tenant_id = ? AND kind = ?"
                        + " AND account_id = ANY (?) AND NOT enabled", rs -> {
                    out.computeIfAbsent(Sql.uuid(rs, "account_id"), k -> new HashSet<>()).add(rs.getString("channel"));
                    return null;
                }, tenantId.toString(), kind.wire(), people);
        return out;
    }

    /**
     * The next step after {@code after} (null: the first channel): the first channel the person did not
     * turn off; by email into their digest when they chose one (urgent messages excepted), held until
     * their quiet hours end when it is quiet now (urgent messages excepted). Empty: no channel is left.
     */
    public static Optional<Step> next(String after, Set<String> off, Setting setting, boolean urgent, Instant now) {
        List<String> order = Kind.CHANNELS;
        int from = after == null ? 0 : order.indexOf(after) + 1;
        for (int i = from; i < order.size(); i++) {
            String channel = order.get(i);
            if (off.contains(channel)) {
                continue;
            }
            if (urgent) {
                return Optional.of(new Step(channel, "queued", now));
            }
            if ("email".equals(channel) && !"off".equals(setting.digest())) {
                return Optional.of(new Step(channel, "digest", now));
            }
            Optional<Instant> quietUntil = setting.quietUntil(now);
            return Optional.of(quietUntil.map(until -> new Step(channel, "held", until))
                    .orElseGet(() -> new Step(channel, "queued", now)));
        }
        return Optional.empty();
    }

    static ZoneId zone(String id) {
        try {
            return id == null ? ZoneId.of("UTC") : ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
