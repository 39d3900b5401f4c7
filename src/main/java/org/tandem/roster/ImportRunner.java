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
import java.util.ArrayList;
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
 * Runs import jobs in the background, one thread per instance: reads and checks every row of the
 * package, then plans and writes the whole import in one transaction, or nothing. The district's
 * advisory lock is held by the transaction as well, so two instances never write one district at once.
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

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "roster-import");
        thread.setDaemon(true);
        return thread;
    });
    private final ImportJobs jobs;
    private final TenantScope tenants;
    private final DataSource dataSource;
    private final StudentLinksInBulk links;
    private final RosterSettings settings;

    ImportRunner(ImportJobs jobs, TenantScope tenants, DataSource dataSource, StudentLinksInBulk links,
                 RosterSettings settings) {
        this.jobs = jobs;
        this.tenants = tenants;
        this.dataSource = dataSource;
        this.links = links;
        this.settings = settings;
    }

    /** Starts the job; the package file is deleted when it ends. */
    void submit(UUID tenant, UUID jobId, Path file, boolean dryRun, boolean deactivateMissing) {
        worker.submit(() -> tenants.within(tenant, () -> {
            try {
                run(tenant.toString(), jobId, file, dryRun, deactivateMissing);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Roster import %s failed unexpectedly", jobId);
                safeFail(tenant.toString(), jobId, List.of(), new ImportErrors(), List.of(),
                        "The import failed on our side; nothing was changed. Quote the job id when reporting it.");
            } finally {
                deleteQuietly(file);
            }
            return null;
        }));
    }

    private void run(String tenant, UUID jobId, Path file, boolean dryRun, boolean deactivateMissing) {
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
                    writeAll(tenant, jobId, roster, errors, progress, notes, dryRun, deactivateMissing));
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
                          List<ImportFileProgress> progress, List<String> notes, boolean dryRun, boolean deactivateMissing) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "roster-import:" + tenant);
                lock.execute();
            }
            ImportPlan plan = new ImportPlanner(roster, DirectorySnapshot.load(c, tenant), errors, deactivateMissing).plan();
            if (errors.any()) {
                throw new Invalid();
            }
            notes.addAll(plan.notes);
            if (!dryRun) {
                jobs.progress(tenant, jobId, "writing", null, progress);
                new PlanWriter(c, tenant).write(plan);
                links.changed(plan.studentsAffected, plan.classesWithStaffChanges);
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
        worker.shutdownNow();
    }
}
