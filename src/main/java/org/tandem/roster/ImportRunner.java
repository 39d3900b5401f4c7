package org.tandem.roster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.tandem.directory.StudentLinksInBulk;
import org.tandem.platform.tenancy.TenantScope;
import org.tandem.roster.dto.ImportFileProgress;

/**
 * Runs import jobs in the background: reads and checks every row of the package, then plans and
 * writes the whole import in one transaction, or nothing. The district's advisory lock is held by the
 * transaction as well, so two instances never write one district at once.
 *
 * <p>Two kinds of worker: the <em>import workers</em> (one by default, {@code tandem.roster.import-workers})
 * plan and write, which takes memory in proportion to the district, so their number is what bounds
 * the heap; the <em>pull fetchers</em> ({@code tandem.roster.rest.concurrent-pulls}) talk to
 * providers, which takes time (timeouts, retries, backoff) and almost no memory (pages go to a
 * temporary file). A provider that stalls for minutes therefore never holds up another district's
 * upload. Jobs waiting for a worker keep their heartbeat, so a long queue is not taken for a stopped instance.
 */
@ApplicationScoped
class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    /** Thrown inside the import transaction to roll it back when the package has errors. */
    private static final class Invalid extends RuntimeException {
        Invalid() {
            super(null, null, false, false);
        }
    }

    private final ExecutorService worker;
    private final ExecutorService fetchers;
    /** The jobs this instance holds (queued, fetching or running), by id, with their district: kept alive. */
    private final Map<UUID, String> active = new java.util.concurrent.ConcurrentHashMap<>();
    private final ImportJobs jobs;
    private final TenantScope tenants;
    private final DataSource dataSource;
    private final StudentLinksInBulk links;
    private final RosterSettings settings;
    private final PullFetcher fetcher;
    private final RestSources sources;
    private final CredentialBox box;
    private final Clock clock;

    /** Work done in the import's writing transaction once the plan is written (not in a dry run). */
    interface AfterWrite {
        void run(Connection c) throws SQLException;
    }

    ImportRunner(ImportJobs jobs, TenantScope tenants, DataSource dataSource, StudentLinksInBulk links,
                 RosterSettings settings, PullFetcher fetcher, RestSources sources, CredentialBox box, Clock clock) {
        this.jobs = jobs;
        this.tenants = tenants;
        this.dataSource = dataSource;
        this.links = links;
        this.settings = settings;
        this.fetcher = fetcher;
        this.sources = sources;
        this.box = box;
        this.clock = clock;
        this.worker = Executors.newFixedThreadPool(Math.max(1, settings.importWorkers()), named("roster-import"));
        this.fetchers = Executors.newFixedThreadPool(Math.max(1, settings.rest().concurrentPulls()), named("roster-pull"));
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, prefix + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Every minute: the heartbeat of each job this instance holds, waiting or running. */
    @io.quarkus.scheduler.Scheduled(every = "60s", delayed = "30s",
            concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    void keepAlive() {
        active.forEach((id, tenant) -> {
            try {
                jobs.heartbeat(tenant, id);
            } catch (RuntimeException e) {
                LOG.warnf("Could not record the heartbeat of roster import %s", id);
            }
        });
    }

    /** Starts the job; the package file is deleted when it ends. */
    void submit(UUID tenant, UUID jobId, Path file, boolean dryRun, boolean deactivateMissing) {
        active.put(jobId, tenant.toString());
        importFile(tenant, jobId, file, dryRun, deactivateMissing, null);
    }

    /** Queues the import of a package file on an import worker; the file is deleted when it ends. */
    private void importFile(UUID tenant, UUID jobId, Path file, boolean dryRun, boolean deactivateMissing,
                            AfterWrite afterWrite) {
        worker.submit(() -> tenants.within(tenant, () -> {
            try {
                run(tenant.toString(), jobId, file, dryRun, deactivateMissing, afterWrite);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Roster import %s failed unexpectedly", jobId);
                safeFail(tenant.toString(), jobId, List.of(), new ImportErrors(), List.of(),
                        "The import failed on our side; nothing was changed. Quote the job id when reporting it.");
            } finally {
                deleteQuietly(file);
                active.remove(jobId);
            }
            return null;
        }));
    }

    /**
     * Starts a REST pull: fetches from the district's provider (a delta after {@code since}, if
     * given), then imports what it received like an upload. The watermark moves in the import's own
     * transaction, so only when the pull succeeded (and never for a dry run).
     */
    void submitPull(UUID tenant, UUID jobId, RestSources.RestSource source, Instant since, boolean dryRun,
                    boolean deactivateMissing) {
        active.put(jobId, tenant.toString());
        fetchers.submit(() -> tenants.within(tenant, () -> {
            String district = tenant.toString();
            boolean handedOn = false;
            try {
                handedOn = pull(tenant, jobId, source, since, dryRun, deactivateMissing);
            } catch (ProviderFailure e) {
                safeFail(district, jobId, List.of(), new ImportErrors(), List.of(),
                        e.getMessage() + ". Nothing was imported; the watermark did not move.");
            } catch (RuntimeException e) {
                LOG.errorf(e, "Roster pull %s failed unexpectedly", jobId);
                safeFail(district, jobId, List.of(), new ImportErrors(), List.of(),
                        "The pull failed on our side; nothing was changed. Quote the job id when reporting it.");
            } finally {
                if (!handedOn) {
                    active.remove(jobId);
                }
            }
            return null;
        }));
    }

    /** Fetches on this (fetcher) thread; returns whether the package was handed on to an import worker. */
    private boolean pull(UUID district, UUID jobId, RestSources.RestSource source, Instant since,
                         boolean dryRun, boolean deactivateMissing) {
        String tenant = district.toString();
        CredentialBox.Credentials credentials;
        try {
            credentials = box.open(tenant, source.credentials());
        } catch (IllegalArgumentException e) {
            throw new ProviderFailure("The provider's client credentials cannot be read with this instance's key "
                    + "(TANDEM_ROSTER_CREDENTIAL_KEY changed?); set them again");
        }
        jobs.progress(tenant, jobId, "fetching", "1.2", List.of());
        PullFetcher.Fetched fetched = fetcher.fetch(source, credentials, since,
                files -> jobs.progress(tenant, jobId, "fetching", null, files));
        if (fetched.zip() == null) {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection c = dataSource.getConnection()) {
                    if (!dryRun) {
                        sources.pullSucceeded(c, tenant, null, clock.instant());
                    }
                    jobs.finish(c, tenant, jobId, "succeeded", List.of(), Map.of(), new ImportErrors(),
                            List.of(since == null ? "The provider has no records"
                                    : "Nothing was modified at the provider after " + since), null);
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not record the pull", e);
                }
            });
            return false;
        }
        Instant at = clock.instant();
        jobs.progress(tenant, jobId, "queued", null, List.of());
        importFile(district, jobId, fetched.zip(), dryRun, deactivateMissing,
                c -> sources.pullSucceeded(c, tenant, fetched.latestModified(), at));
        return true;
    }

    private void run(String tenant, UUID jobId, Path file, boolean dryRun, boolean deactivateMissing,
                     AfterWrite afterWrite) {
        ImportErrors errors = new ImportErrors();
        List<ImportFileProgress> progress = new ArrayList<>();
        try (RosterPackage pack = RosterPackage.open(file, settings.maxInflatedBytes())) {
            for (var entry : pack.files().entrySet()) {
                progress.add(new ImportFileProgress(entry.getKey().fileName(), entry.getValue().name().toLowerCase(),
                        pack.countRows(entry.getKey()), 0));
            }
            jobs.progress(tenant, jobId, "validating", pack.version(), progress);
            ParsedRoster roster = new PackageParser(pack, errors, (f, rows) -> {
                replace(progress, f, rows);
                jobs.progress(tenant, jobId, "validating", null, progress);
            }).parse();
            List<String> notes = new ArrayList<>(pack.notes());
            QuarkusTransaction.requiringNew().timeout(settings.transactionTimeoutSeconds()).run(() ->
                    writeAll(tenant, jobId, roster, errors, progress, notes, dryRun, deactivateMissing, afterWrite));
        } catch (PackageRejected e) {
            safeFail(tenant, jobId, progress, errors, List.of(), e.getMessage());
        } catch (Invalid e) {
            safeFail(tenant, jobId, progress, errors, List.of(), "The package has " + errors.count()
                    + " error(s); nothing was imported");
        } catch (IOException e) {
            safeFail(tenant, jobId, progress, errors, List.of(), "The package could not be read");
        }
    }

    /** Plans against the directory and writes everything, in the caller's transaction; rolls back on any error. */
    private void writeAll(String tenant, UUID jobId, ParsedRoster roster, ImportErrors errors,
                          List<ImportFileProgress> progress, List<String> notes, boolean dryRun, boolean deactivateMissing,
                          AfterWrite afterWrite) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "roster-import:" + tenant);
                lock.execute();
            }
            ImportPlan plan = new ImportPlanner(roster, DirectorySnapshot.load(c, tenant, roster), errors, deactivateMissing).plan();
            if (errors.any()) {
                throw new Invalid();
            }
            notes.addAll(plan.notes);
            if (!dryRun) {
                jobs.progress(tenant, jobId, "writing", null, progress);
                new PlanWriter(c, tenant).write(plan);
                links.changed(plan.studentsAffected, plan.classesWithStaffChanges);
                if (afterWrite != null) {
                    afterWrite.run(c);
                }
            }
            jobs.recordChanges(c, tenant, jobId, plan);
            jobs.finish(c, tenant, jobId, "succeeded", progress, plan.summary(), errors, notes, null);
        } catch (SQLException e) {
            throw new IllegalStateException("The import could not be written", e);
        }
    }

    private static void replace(List<ImportFileProgress> progress, OneRosterFiles file, long rows) {
        for (int i = 0; i < progress.size(); i++) {
            ImportFileProgress p = progress.get(i);
            if (p.name().equals(file.fileName())) {
                progress.set(i, new ImportFileProgress(p.name(), p.mode(), Math.max(p.rowsTotal(), rows), rows));
            }
        }
    }

    private void safeFail(String tenant, UUID jobId, List<ImportFileProgress> progress, ImportErrors errors,
                          List<String> notes, String failure) {
        try {
            jobs.fail(tenant, jobId, progress, errors, notes, failure);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not record the failure of roster import %s", jobId);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Could not delete the package %s", file);
        }
    }

    @PreDestroy
    void stop() {
        fetchers.shutdownNow();
        worker.shutdownNow();
    }
}
