package org.tandem.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongBiFunction;
import org.tandem.access.Caller;
import org.tandem.platform.concurrency.EntityTags;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.persistence.Sql;
import org.tandem.platform.problem.ApiException;

/**
 * A district's retention: its policy (district administrators change it), a dry run saying what would
 * go today, and the daily run that removes it, through every {@link RetentionRule}. A run is claimed by
 * inserting the district's row for the day, so with several instances it happens once; it runs in one
 * transaction, so a failed run leaves nothing half-removed and is tried again on the next beat.
 */
@ApplicationScoped
public class Retention {

    record Position(LocalDate runOn) {
    }

    private final List<RetentionRule> rules;
    private final RetentionPolicies policies;
    private final Sql sql;
    private final Clock clock;
    private final Caller caller;
    private final ObjectMapper json;
    private final CursorCodec cursors;

    Retention(Instance<RetentionRule> rules, RetentionPolicies policies, Sql sql, Clock clock, Caller caller, ObjectMapper json,
              CursorCodec cursors) {
        this.rules = rules.stream().toList();
        this.policies = policies;
        this.sql = sql;
        this.clock = clock;
        this.caller = caller;
        this.json = json;
        this.cursors = cursors;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RetentionPolicyView.Policy policy() {
        return policies.of(sql.tenant());
    }

    @Transactional
    public RetentionPolicyView.Policy update(String ifMatch, RetentionPolicyView.Update update) {
        RetentionPolicyView.Policy current = policies.of(sql.tenant());
        EntityTags.checkRequired(ifMatch, current.version());
        if (!policies.write(sql.tenant(), update, caller.accountId(), current.version())) {
            throw ApiException.preconditionFailed("The policy changed meanwhile; read it again");
        }
        return policies.of(sql.tenant());
    }

    /** What today's run would remove, changing nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RetentionPolicyView.Report dryRun() {
        String tenant = sql.tenant();
        return report(tenant, true, (rule, cutoff) -> rule.count(tenant, cutoff));
    }

    /** The district's run for the day, or null when another instance (or an earlier beat) ran it already. */
    @Transactional(Transactional.TxType.MANDATORY)
    RetentionPolicyView.Report runFor(String tenant, LocalDate day) {
        int claimed = sql.update("INSERT INTO retention_run (tenant_id, run_on, started_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                tenant, day, clock.instant());
        if (claimed == 0) {
            return null;
        }
        RetentionPolicyView.Report report = report(tenant, false, (rule, cutoff) -> rule.purge(tenant, cutoff));
        Map<String, Long> removed = new LinkedHashMap<>();
        report.categories().forEach(c -> removed.put(c.category(), c.rows()));
        sql.update("UPDATE retention_run SET finished_at = ?, removed = CAST(? AS jsonb) WHERE tenant_id = ? AND run_on = ?",
                clock.instant(), write(removed), tenant, day);
        return report;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RetentionPolicyView.Run> runs(PageRequest page) {
        Position after = cursors.decode("retention-runs", page.cursor(), Position.class);
        List<RetentionPolicyView.Run> rows = sql.list("SELECT run_on, started_at, finished_at, removed::text FROM retention_run"
                        + " WHERE tenant_id = ? AND run_on < ? ORDER BY run_on DESC LIMIT ?",
                rs -> new RetentionPolicyView.Run(rs.getString(1), Sql.instant(rs, "started_at"), Sql.instant(rs, "finished_at"),
                        read(rs.getString(4))), sql.tenant(), after == null ? LocalDate.of(9999, 1, 1) : after.runOn(), page.fetchSize());
        return Page.of(rows, page, r -> r, r -> cursors.encode("retention-runs", new Position(LocalDate.parse(r.runOn()))));
    }

    private RetentionPolicyView.Report report(String tenant, boolean dryRun, ToLongBiFunction<RetentionRule, Instant> each) {
        RetentionPolicyView.Policy policy = policies.of(tenant);
        Instant now = clock.instant();
        List<RetentionPolicyView.CategoryReport> categories = new ArrayList<>();
        for (RetentionCategory category : RetentionCategory.values()) {
            int days = policy.days(category);
            Instant cutoff = now.minus(Duration.ofDays(days));
            List<RetentionRule> serving = rules.stream().filter(r -> r.category() == category).toList();
            long rows = 0;
            for (RetentionRule rule : serving) {
                rows += each.applyAsLong(rule, cutoff);
            }
            categories.add(new RetentionPolicyView.CategoryReport(category.wire(), days, cutoff, rows, !serving.isEmpty()));
        }
        return new RetentionPolicyView.Report(now, dryRun, categories);
    }

    /** The day a run made now belongs to (UTC). */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private String write(Map<String, Long> removed) {
        try {
            return json.writeValueAsString(removed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> read(String text) {
        try {
            return json.readValue(text, new TypeReference<LinkedHashMap<String, Long>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
