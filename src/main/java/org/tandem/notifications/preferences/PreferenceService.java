package org.tandem.notifications.preferences;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.access.Caller;
import org.tandem.notifications.Kind;
import org.tandem.platform.concurrency.EntityTags;
import org.tandem.platform.persistence.Sql;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/** Reads and replaces the caller's own notification settings; nobody reads or changes another's. */
@ApplicationScoped
public class PreferenceService {

    private final Sql sql;
    private final Caller caller;

    PreferenceService(Sql sql, Caller caller) {
        this.sql = sql;
        this.caller = caller;
    }

    PreferenceViews.Settings mine() {
        record Row(String zone, LocalTime start, LocalTime end, String digest, int hour, int day, long version) {
        }
        Row row = sql.one("SELECT time_zone, quiet_start, quiet_end, digest, digest_hour, digest_day, version"
                        + " FROM notification_setting WHERE tenant_id = ? AND account_id = ?",
                rs -> new Row(rs.getString("time_zone"), rs.getObject("quiet_start", LocalTime.class),
                        rs.getObject("quiet_end", LocalTime.class), rs.getString("digest"), rs.getInt("digest_hour"),
                        rs.getInt("digest_day"), rs.getLong("version")), sql.tenant(), caller.accountId())
                .orElseGet(() -> new Row(defaultZone(), null, null, "off", 18, 5, 0));
        Map<String, Map<String, Boolean>> chosen = new HashMap<>();
        sql.list("SELECT kind, channel, enabled FROM notification_preference WHERE tenant_id = ? AND account_id = ?", rs -> {
            chosen.computeIfAbsent(rs.getString("kind"), k -> new HashMap<>()).put(rs.getString("channel"), rs.getBoolean("enabled"));
            return null;
        }, sql.tenant(), caller.accountId());
        List<PreferenceViews.KindChoice> kinds = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Map<String, Boolean> c = chosen.getOrDefault(kind.wire(), Map.of());
            kinds.add(new PreferenceViews.KindChoice(kind.wire(), c.getOrDefault("push", true), c.getOrDefault("email", true)));
        }
        return new PreferenceViews.Settings(row.zone(), row.start() == null ? null
                : new PreferenceViews.QuietHours(hhmm(row.start()), hhmm(row.end())), row.digest(), row.hour(), row.day(),
                kinds, row.version());
    }

    PreferenceViews.Settings replace(PreferenceViews.Update update, String ifMatch) {
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            ZoneId.of(update.timeZone());
        } catch (RuntimeException e) {
            errors.add(new Problem.FieldError("timeZone", "must be an IANA time zone such as America/Chicago"));
        }
        List<PreferenceViews.KindChoice> kinds = update.kinds() == null ? List.of() : update.kinds();
        for (int i = 0; i < kinds.size(); i++) {
            if (Kind.of(kinds.get(i).kind()).isEmpty()) {
                errors.add(new Problem.FieldError("kinds[" + i + "].kind", "is not a kind of notification"));
            }
        }
        if (update.quietHours() != null && update.quietHours().start().equals(update.quietHours().end())) {
            errors.add(new Problem.FieldError("quietHours.end", "must differ from the start"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String tenant = sql.tenant();
        QuarkusTransaction.requiringNew().run(() -> {
            Long version = sql.one("SELECT version FROM notification_setting WHERE tenant_id = ? AND account_id = ? FOR UPDATE",
                    rs -> rs.getLong("version"), tenant, caller.accountId()).orElse(0L);
            EntityTags.checkIfPresent(ifMatch, version);
            sql.update("""
                    INSERT INTO notification_setting (tenant_id, account_id, time_zone, quiet_start, quiet_end, digest,
                                                      digest_hour, digest_day, version, updated_at, last_digest_at)
                    VALUES (?, ?, ?, CAST(? AS time), CAST(? AS time), ?, ?, ?, 1, now(), now())
                    ON CONFLICT (tenant_id, account_id) DO UPDATE SET time_zone = excluded.time_zone,
                        quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end, digest = excluded.digest,
                        digest_hour = excluded.digest_hour, digest_day = excluded.digest_day,
                        version = notification_setting.version + 1, updated_at = now(),
                        -- a digest newly chosen starts from now: its first mail goes at the next chosen hour
                        last_digest_at = CASE WHEN notification_setting.digest = excluded.digest
                                              THEN notification_setting.last_digest_at ELSE now() END""",
                    tenant, caller.accountId(), update.timeZone(),
                    update.quietHours() == null ? null : update.quietHours().start(),
                    update.quietHours() == null ? null : update.quietHours().end(), update.digest(),
                    update.digestHour() == null ? 18 : update.digestHour(), update.digestDay() == null ? 5 : update.digestDay());
            for (PreferenceViews.KindChoice k : kinds) {
                for (var channel : Map.of("push", k.push(), "email", k.email()).entrySet()) {
                    sql.update("INSERT INTO notification_preference (tenant_id, account_id, kind, channel, enabled)"
                            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, account_id, kind, channel)"
                            + " DO UPDATE SET enabled = excluded.enabled", tenant, caller.accountId(), k.kind(),
                            channel.getKey(), channel.getValue());
                }
            }
        });
        return mine();
    }

    /** Before a person chooses: their district's time zone. */
    private String defaultZone() {
        return sql.one("SELECT time_zone FROM district WHERE tenant_id = ?", rs -> rs.getString("time_zone"), sql.tenant())
                .orElse("UTC");
    }

    private static String hhmm(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
