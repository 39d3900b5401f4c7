package org.tandem.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.tandem.access.Connections;
import org.tandem.access.GuardianLink;
import org.tandem.platform.persistence.Sql;
import org.tandem.platform.tenancy.TenantScope;

/**
 * The export job. Due exports of every district are claimed in one statement ({@code FOR UPDATE SKIP
 * LOCKED}, so several instances share the work and each export is built once); a build that died with
 * its instance is claimed again after the lease. Each export is built in its own transaction in its
 * district from every {@link StudentRecordsExport}; a failure is retried, then marked failed. Archives
 * past their expiry are removed on the same beat.
 */
@ApplicationScoped
class ExportBuilder {

    private static final Logger LOG = Logger.getLogger(ExportBuilder.class);
    private static final int BATCH = 10;

    private record Job(UUID tenant, UUID id, int attempts) {
    }

    private record Row(UUID studentId, UUID requestedBy, boolean administrator, boolean goals, boolean confidential, Instant requestedAt) {
    }

    private final List<StudentRecordsExport> sections;
    private final Sql sql;
    private final TenantScope tenants;
    private final Connections connections;
    private final ArchiveWriter writer;
    private final PrivacySettings settings;
    private final Clock clock;

    ExportBuilder(Instance<StudentRecordsExport> sections, Sql sql, TenantScope tenants, Connections connections,
                  ArchiveWriter writer, PrivacySettings settings, Clock clock) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(StudentRecordsExport::sectionOrder)
                .thenComparing(StudentRecordsExport::section)).toList();
        this.sql = sql;
        this.tenants = tenants;
        this.connections = connections;
        this.writer = writer;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(identity = "privacy-exports", every = "${tandem.privacy.export.poll-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        processDue();
    }

    /** Removes expired archives, then claims and builds one batch of due exports; returns how many were built or tried. */
    int processDue() {
        tenants.acrossTenants(() -> sql.update("UPDATE student_export SET state = 'expired', archive = NULL, version = version + 1"
                + " WHERE state = 'ready' AND expires_at <= ?", clock.instant()));
        List<Job> jobs = tenants.acrossTenants(() -> sql.list("""
                UPDATE student_export SET state = 'running', claimed_at = ?, attempts = attempts + 1, version = version + 1
                WHERE (tenant_id, id) IN (SELECT tenant_id, id FROM student_export
                                          WHERE state = 'queued' OR (state = 'running' AND claimed_at < ?)
                                          ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING tenant_id, id, attempts""", rs -> new Job(UUID.fromString(rs.getString(1)), Sql.uuid(rs, "id"), rs.getInt(3)),
                clock.instant(), clock.instant().minus(settings.export().lease()), BATCH));
        for (Job job : jobs) {
            tenants.within(job.tenant(), () -> {
                attempt(job);
                return null;
            });
        }
        return jobs.size();
    }

    private void attempt(Job job) {
        try {
            QuarkusTransaction.requiringNew().run(() -> build(job));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Building export %s failed (attempt %d)", job.id(), job.attempts());
            boolean last = job.attempts() >= settings.export().maxAttempts();
            QuarkusTransaction.requiringNew().run(() -> sql.update("UPDATE student_export SET state = ?, failure = ?,"
                    + " finished_at = CASE WHEN ? THEN ? END, version = version + 1 WHERE tenant_id = ? AND id = ? AND state = 'running'",
                    last ? "failed" : "queued", "The archive could not be built", last, clock.instant(), job.tenant().toString(), job.id()));
        }
    }

    private void build(Job job) {
        String tenant = job.tenant().toString();
        Row row = sql.one("SELECT student_id, requested_by, requester_role, include_goals, include_confidential, created_at"
                        + " FROM student_export WHERE tenant_id = ? AND id = ? AND state = 'running' FOR UPDATE",
                rs -> new Row(Sql.uuid(rs, "student_id"), Sql.uuid(rs, "requested_by"), rs.getString("requester_role").equals("administrator"),
                        rs.getBoolean("include_goals"), rs.getBoolean("include_confidential"), Sql.instant(rs, "created_at")),
                tenant, job.id()).orElse(null);
        if (row == null) {
            return; // the student was deleted meanwhile (the export went with them)
        }
        ExportScope scope = new ExportScope(tenant, row.studentId(), row.requestedBy(), row.administrator(), row.goals(),
                row.confidential(), households(row));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", "tandem.student-records/1");
        document.put("generatedAt", clock.instant().toString());
        document.put("exportId", job.id().toString());
        document.put("requestedAt", row.requestedAt().toString());
        document.put("includesGoals", row.goals());
        document.put("includesConfidential", row.confidential());
        List<ArchiveWriter.Section> written = new ArrayList<>();
        for (StudentRecordsExport section : sections) {
            Object content = section.export(scope);
            if (content != null) {
                document.put(section.section(), content);
                written.add(new ArchiveWriter.Section(section.section(), section.description(), content));
            }
        }
        byte[] archive;
        try {
            archive = writer.write(document, written, "Records of " + name(document.get("student")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Instant now = clock.instant();
        sql.update("UPDATE student_export SET state = 'ready', archive = ?, archive_bytes = ?, finished_at = ?, expires_at = ?,"
                        + " failure = NULL, version = version + 1 WHERE tenant_id = ? AND id = ?",
                archive, archive.length, now, now.plus(settings.export().keepFor()), tenant, job.id());
    }

    /** The households whose RSVPs belong in the export: the guardian's own, or every household of the student. */
    private Set<UUID> households(Row row) {
        List<UUID> guardians = row.administrator()
                ? connections.linksOfStudents(List.of(row.studentId())).stream().map(GuardianLink::guardianId).toList()
                : connections.guardianOf(row.requestedBy()).stream().toList();
        Set<UUID> keys = new HashSet<>(connections.householdsOf(guardians).values());
        return keys;
    }

    private static String name(Object student) {
        if (student instanceof Map<?, ?> record) {
            return record.get("givenName") + " " + record.get("familyName");
        }
        return "a student";
    }
}
