package org.tandem.roster;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.tandem.access.Caller;
import org.tandem.platform.concurrency.EntityTags;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;
import org.tandem.platform.tenancy.TenantContext;
import org.tandem.roster.RestSources.RestSource;
import org.tandem.roster.dto.ImportJobView;
import org.tandem.roster.dto.ProviderFields;
import org.tandem.roster.dto.ProviderView;

/**
 * The district's OneRoster 1.2 REST provider: its settings (district administrators), and pulls from
 * it, on demand (importers) or on schedule ({@link PullSchedule}), each a roster import job.
 */
@ApplicationScoped
class RosterProviders {

    private static final Logger LOG = Logger.getLogger(RosterProviders.class);
    static final Duration MAX_PULL_EVERY = Duration.ofDays(31);

    private final Caller caller;
    private final TenantContext tenants;
    private final RosterAccess access;
    private final RestSources sources;
    private final CredentialBox box;
    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final RosterSettings settings;
    private final Clock clock;

    RosterProviders(Caller caller, TenantContext tenants, RosterAccess access, RestSources sources, CredentialBox box,
                    ImportJobs jobs, ImportRunner runner, RosterSettings settings, Clock clock) {
        this.caller = caller;
        this.tenants = tenants;
        this.access = access;
        this.sources = sources;
        this.box = box;
        this.jobs = jobs;
        this.runner = runner;
        this.settings = settings;
        this.clock = clock;
    }

    /** The outcome of a PUT: the settings, and whether they were created. */
    record Saved(ProviderView view, boolean created) {
    }

    ProviderView get() {
        access.requireFollower();
        return view(current());
    }

    Saved put(ProviderFields fields, String ifMatch) {
        access.requireProviderManager();
        String tenant = tenant();
        Optional<RestSource> existing = sources.find(tenant);
        Checked checked = check(fields, existing.isEmpty());
        Instant now = clock.instant();
        Instant nextPullAt = checked.pullEvery == null ? null : now.plus(checked.pullEvery);
        if (existing.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw ApiException.preconditionFailed("The district has no OneRoster provider yet; send no If-Match to set one");
            }
            byte[] sealed = box.seal(tenant, new CredentialBox.Credentials(fields.clientId(), fields.clientSecret()));
            RestSource source = new RestSource(tenant, checked.baseUrl, checked.tokenUrl, sealed, blankToNull(fields.scope()),
                    checked.pullEvery, nextPullAt, null, null, null, now, now, 0);
            if (!sources.insert(source, caller.accountId())) {
                throw ApiException.conflict("already_exists", "The provider was set by a concurrent request; read it and retry");
            }
            return new Saved(view(current()), true);
        }
        RestSource old = existing.get();
        EntityTags.checkRequired(ifMatch, old.version());
        byte[] sealed = fields.clientId() == null ? old.credentials()
                : box.seal(tenant, new CredentialBox.Credentials(fields.clientId(), fields.clientSecret()));
        if (checked.pullEvery != null && checked.pullEvery.equals(old.pullEvery()) && old.nextPullAt() != null) {
            nextPullAt = old.nextPullAt();
        }
        RestSource replaced = new RestSource(tenant, checked.baseUrl, checked.tokenUrl, sealed, blankToNull(fields.scope()),
                checked.pullEvery, nextPullAt, null, null, null, old.createdAt(), now, old.version());
        if (!sources.replace(replaced, caller.accountId(), old.version())) {
            throw ApiException.preconditionFailed("The provider changed meanwhile; read it again and reapply your change");
        }
        return new Saved(view(current()), false);
    }

    void delete(String ifMatch) {
        access.requireProviderManager();
        RestSource source = current();
        EntityTags.checkRequired(ifMatch, source.version());
        if (!sources.delete(source.tenant(), source.version())) {
            throw ApiException.preconditionFailed("The provider changed meanwhile; read it again");
        }
    }

    /** A pull on demand: {@code mode} auto (delta once a pull succeeded), full or delta. */
    ImportJobView pull(String mode, boolean dryRun, boolean deactivateMissing) {
        access.requireImporter();
        RestSource source = current();
        if ("delta".equals(mode) && source.watermark() == null) {
            throw ApiException.unprocessable("no_watermark",
                    "No pull has succeeded yet, so there is no watermark to pull a delta from; pull in full first");
        }
        boolean full = "full".equals(mode) || source.watermark() == null;
        if (deactivateMissing && !full) {
            throw ApiException.invalidParameter("deactivateMissing", "applies to a full pull only (a delta lists only changes)");
        }
        UUID id = start(source, full, dryRun, deactivateMissing, caller.accountId(), access.requesterKind());
        return jobs.find(source.tenant(), id).orElseThrow();
    }

    /**
     * The schedule's pull for a district the scheduler claimed (in that district's tenant scope): a
     * delta (a full pull before the first success); skipped when an import is running.
     */
    void scheduledPull(String tenant) {
        Optional<RestSource> source = sources.find(tenant);
        if (source.isEmpty()) {
            return;
        }
        try {
            start(source.get(), source.get().watermark() == null, false, false, UUID.fromString(tenant), "schedule");
        } catch (ApiException e) {
            LOG.infof("Scheduled roster pull of district %s skipped: %s", tenant, e.getMessage());
        }
    }

    private UUID start(RestSource source, boolean full, boolean dryRun, boolean deactivateMissing, UUID by, String kind) {
        UUID id = UUID.randomUUID();
        try {
            jobs.create(source.tenant(), new ImportJobs.NewJob(id, dryRun, deactivateMissing, "rest", by, kind,
                    full ? "full" : "delta"));
        } catch (SQLException e) {
            if (e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null
                    && ImportJobs.ONE_RUNNING.equals(p.getServerErrorMessage().getConstraint())) {
                throw ApiException.conflict("import_running", "Another import of this district is still running; wait until it ends");
            }
            throw new IllegalStateException("Could not record the pull", e);
        }
        sources.pullStarted(source.tenant(), id);
        runner.submitPull(UUID.fromString(source.tenant()), id, source, full ? null : source.watermark(), dryRun,
                deactivateMissing);
        return id;
    }

    private record Checked(String baseUrl, String tokenUrl, Duration pullEvery) {
    }

    /** Every field's problem at once (422), or the settings in their stored form. */
    private Checked check(ProviderFields fields, boolean creating) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String baseUrl = url("baseUrl", fields.baseUrl(), errors);
        String tokenUrl = url("tokenUrl", fields.tokenUrl(), errors);
        if ((fields.clientId() == null) != (fields.clientSecret() == null)) {
            errors.add(new Problem.FieldError(fields.clientId() == null ? "clientId" : "clientSecret",
                    "clientId and clientSecret are set together"));
        } else if (creating && fields.clientId() == null) {
            errors.add(new Problem.FieldError("clientId", "must be set when the provider is first set"));
            errors.add(new Problem.FieldError("clientSecret", "must be set when the provider is first set"));
        }
        visible("clientId", fields.clientId(), false, errors);
        visible("clientSecret", fields.clientSecret(), true, errors);
        visible("scope", fields.scope(), true, errors);
        Duration every = null;
        if (fields.pullEvery() != null) {
            try {
                every = Duration.parse(fields.pullEvery());
                Duration min = settings.rest().minPullEvery();
                if (every.compareTo(min) < 0 || every.compareTo(MAX_PULL_EVERY) > 0) {
                    errors.add(new Problem.FieldError("pullEvery", "must be between " + min + " and " + MAX_PULL_EVERY));
                }
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("pullEvery", "must be an ISO 8601 duration such as PT1H or P1D"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return new Checked(baseUrl, tokenUrl, every);
    }

    private String url(String field, String value, List<Problem.FieldError> errors) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            boolean allowed = scheme.equals("https") || (scheme.equals("http") && settings.rest().allowInsecureUrls());
            if (!uri.isAbsolute() || uri.getHost() == null || !allowed) {
                errors.add(new Problem.FieldError(field, settings.rest().allowInsecureUrls()
                        ? "must be an absolute http or https URL" : "must be an absolute https URL"));
            } else if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                errors.add(new Problem.FieldError(field, "must not carry credentials, a query or a fragment"));
            } else {
                String forbidden = ProviderAddresses.forbidden(uri, settings.rest().allowPrivateAddresses());
                if (forbidden != null) {
                    errors.add(new Problem.FieldError(field, "must name a public host: " + forbidden));
                }
            }
        } catch (URISyntaxException e) {
            errors.add(new Problem.FieldError(field, "is not a URL"));
        }
        return trimmed;
    }

    private static void visible(String field, String value, boolean spaces, List<Problem.FieldError> errors) {
        if (value != null && !value.matches(spaces ? "[\\x20-\\x7E]*" : "[\\x21-\\x7E]+")) {
            errors.add(new Problem.FieldError(field, spaces ? "must be visible ASCII characters and spaces"
                    : "must be visible ASCII characters, without spaces"));
        }
    }

    private RestSource current() {
        return sources.find(tenant()).orElseThrow(() -> ApiException.notFound("The district's OneRoster provider"));
    }

    private ProviderView view(RestSource s) {
        return new ProviderView(s.baseUrl(), s.tokenUrl(), s.scope(), true,
                s.pullEvery() == null ? null : s.pullEvery().toString(), s.nextPullAt(), s.watermark(), s.lastPullId(),
                s.lastSucceededAt(), s.createdAt(), s.updatedAt(), s.version());
    }

    private String tenant() {
        return tenants.current().map(UUID::toString)
                .orElseThrow(() -> ApiException.forbidden("This token names no district"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
