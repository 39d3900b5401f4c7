package org.tandem.roster;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.platform.idempotency.StreamedIdempotency;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.tenancy.TenantContext;
import org.tandem.roster.dto.ImportChangeView;
import org.tandem.roster.dto.ImportJobView;

/**
 * Starting and following roster imports. District administrators and integrators granted
 * roster.write import; roster.read (or roster.write) lets an integrator follow its imports.
 */
@ApplicationScoped
class RosterImports {

    private final Caller caller;
    private final TenantContext tenants;
    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final RosterSettings settings;
    private final CursorCodec cursors;
    private final RosterAccess access;
    private final StreamedIdempotency idempotency;

    RosterImports(Caller caller, TenantContext tenants, ImportJobs jobs, ImportRunner runner, RosterSettings settings,
                  CursorCodec cursors, RosterAccess access, StreamedIdempotency idempotency) {
        this.caller = caller;
        this.access = access;
        this.idempotency = idempotency;
        this.tenants = tenants;
        this.jobs = jobs;
        this.runner = runner;
        this.settings = settings;
        this.cursors = cursors;
    }

    /** A started import, or (a retried upload with the same Idempotency-Key) the first answer again. */
    record Started(ImportJobView job, jakarta.ws.rs.core.Response replay) {
    }

    /**
     * Streams the upload to a temporary file (never whole in memory), checks that it is a OneRoster
     * package, records a queued job and starts it. With an Idempotency-Key, the body's SHA-256 (computed
     * while it streams) is the request's fingerprint: the same key and package answer the first job again.
     */
    Started start(InputStream body, boolean dryRun, boolean deactivateMissing, String idempotencyKey) {
        requireImporter();
        String key = idempotency.check(idempotencyKey);
        MessageDigest digest = sha256();
        Path file = store(body, digest);
        if (key != null) {
            String fingerprint = StreamedIdempotency.fingerprint("POST", "/api/v1/roster/imports?dryRun=" + dryRun
                    + "&deactivateMissing=" + deactivateMissing, digest.digest());
            java.util.Optional<jakarta.ws.rs.core.Response> replay;
            try {
                replay = idempotency.begin(key, fingerprint);
            } catch (RuntimeException e) {
                deleteQuietly(file);
                throw e;
            }
            if (replay.isPresent()) {
                deleteQuietly(file);
                return new Started(null, replay.get());
            }
        }
        try {
            ImportJobView job = start(file, dryRun, deactivateMissing);
            if (key != null) {
                idempotency.succeeded(key, 202, job, "/api/v1/roster/imports/" + job.id());
            }
            return new Started(job, null);
        } catch (RuntimeException e) {
            if (key != null) {
                idempotency.failed(key);
            }
            throw e;
        }
    }

    private ImportJobView start(Path file, boolean dryRun, boolean deactivateMissing) {
        try {
            RosterPackage.open(file, settings.maxInflatedBytes()).close();
        } catch (PackageRejected e) {
            deleteQuietly(file);
            throw ApiException.unprocessable("invalid_package", e.getMessage());
        }
        UUID id = UUID.randomUUID();
        String tenant = tenant();
        try {
            jobs.create(tenant, new ImportJobs.NewJob(id, dryRun, deactivateMissing, "csv", caller.accountId(),
                    access.requesterKind()));
        } catch (SQLException e) {
            deleteQuietly(file);
            if (ImportJobs.ONE_RUNNING.equals(constraintOf(e))) {
                throw ApiException.conflict("import_running",
                        "Another import of this district is still running; wait until it ends");
            }
            throw new IllegalStateException("Could not record the import", e);
        }
        runner.submit(UUID.fromString(tenant), id, file, dryRun, deactivateMissing);
        return get(id);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    ImportJobView get(UUID id) {
        requireReader();
        return jobs.find(tenant(), id).orElseThrow(() -> ApiException.notFound("Roster import " + id));
    }

    Page<ImportJobView> list(PageRequest page) {
        requireReader();
        String[] position = cursors.decode("roster-imports", page.cursor(), String[].class);
        Instant before = null;
        UUID beforeId = null;
        if (position != null) {
            try {
                before = Instant.parse(position[0]);
                beforeId = UUID.fromString(position[1]);
            } catch (RuntimeException e) {
                throw ApiException.invalidParameter("cursor", "is not a cursor this list issued");
            }
        }
        List<ImportJobView> rows = jobs.list(tenant(), before, beforeId, page.fetchSize());
        return Page.of(rows, page, job -> job,
                job -> cursors.encode("roster-imports", new String[] {job.createdAt().toString(), job.id().toString()}));
    }

    Page<ImportChangeView> changes(UUID id, String recordType, String action, PageRequest page) {
        get(id);
        String shape = "roster-import-changes|" + id + "|" + recordType + "|" + action;
        Integer after = cursors.decode(shape, page.cursor(), Integer.class);
        List<ImportChangeView> rows = jobs.changes(tenant(), id, recordType, action, after == null ? 0 : after,
                page.fetchSize());
        return Page.of(rows, page, change -> change, change -> cursors.encode(shape, change.seq()));
    }

    private void requireImporter() {
        access.requireImporter();
    }

    private void requireReader() {
        access.requireFollower();
    }

    private String tenant() {
        return tenants.current().map(UUID::toString)
                .orElseThrow(() -> ApiException.forbidden("This token names no district"));
    }

    /** Copies the body to a temporary file, refusing it (413) past the import's own limit. */
    private Path store(InputStream body, MessageDigest digest) {
        Path file;
        try {
            file = Files.createTempFile("roster-", ".zip");
        } catch (IOException e) {
            throw new IllegalStateException("No room for the upload", e);
        }
        long limit = settings.maxUploadBytes();
        long total = 0;
        try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[65_536];
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw new ApiException(413, "payload_too_large", "The request body is too large",
                            "A roster package may be at most " + limit + " bytes");
                }
                out.write(buffer, 0, n);
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            deleteQuietly(file);
            throw ApiException.badRequest("upload_interrupted", "The upload could not be read to its end");
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
        if (total == 0) {
            deleteQuietly(file);
            throw ApiException.unprocessable("invalid_package", "The upload is empty; send a OneRoster zip package");
        }
        return file;
    }

    private static String constraintOf(SQLException e) {
        return e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null
                ? p.getServerErrorMessage().getConstraint() : null;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans its directory
        }
    }
}
