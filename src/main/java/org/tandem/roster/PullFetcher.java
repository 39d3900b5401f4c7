package org.tandem.roster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tandem.roster.dto.ImportFileProgress;

/**
 * Pulls every collection Tandem imports from a district's OneRoster 1.2 REST provider, page by page
 * ({@code limit}/{@code offset}), and writes what it receives as a OneRoster 1.2 CSV package (a zip in
 * a temporary file, never the whole roster in memory) that the import then checks and writes exactly
 * like an upload. A delta asks only for records modified after the watermark
 * ({@code filter=dateLastModified>'...'}) and marks its files delta.
 */
@ApplicationScoped
class PullFetcher {

    /** What a pull received: the package (null when the provider had nothing), and the latest dateLastModified. */
    record Fetched(Path zip, Instant latestModified, long records) {
    }

    /** Progress while fetching: rows received per file. */
    interface Progress {
        void fetched(List<ImportFileProgress> files);
    }

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final HttpClient http;
    private final ObjectMapper json;
    private final RosterSettings settings;
    private final ProviderTokens tokens;

    PullFetcher(ObjectMapper json, RosterSettings settings, ProviderTokens tokens) {
        this.json = json;
        this.settings = settings;
        this.tokens = tokens;
        this.http = HttpClient.newBuilder().connectTimeout(settings.rest().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Fetches everything (or, with a watermark, what changed after it). Provider errors are a
     * {@link ProviderFailure}; the temporary files are gone when this returns, except the package.
     */
    Fetched fetch(RestSources.RestSource source, CredentialBox.Credentials credentials, Instant since, Progress progress) {
        OneRosterClient client = new OneRosterClient(http, json, settings.rest(), tokens, source, credentials);
        String filter = since == null ? null
                : "dateLastModified>'" + since.truncatedTo(ChronoUnit.MILLIS).toString() + "'";
        Path dir;
        try {
            dir = Files.createTempDirectory("roster-pull-");
        } catch (IOException e) {
            throw new IllegalStateException("No room for the pull", e);
        }
        Map<OneRosterFiles, Long> counts = new EnumMap<>(OneRosterFiles.class);
        Map<OneRosterFiles, Long> totals = new EnumMap<>(OneRosterFiles.class);
        Instant latest = null;
        try {
            Map<OneRosterFiles, CSVPrinter> printers = new EnumMap<>(OneRosterFiles.class);
            try {
                for (OneRosterFiles file : List.of(OneRosterFiles.ORGS, OneRosterFiles.ACADEMIC_SESSIONS,
                        OneRosterFiles.COURSES, OneRosterFiles.CLASSES, OneRosterFiles.USERS, OneRosterFiles.ROLES,
                        OneRosterFiles.ENROLLMENTS)) {
                    Writer writer = Files.newBufferedWriter(dir.resolve(file.fileName()), StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(writer, CSV);
                    printers.put(file, printer);
                    printer.printRecord(file.columns("1.2"));
                    counts.put(file, 0L);
                }
                for (var collection : RestRecords.COLLECTIONS.entrySet()) {
                    latest = pullCollection(client, collection.getKey(), collection.getValue(), filter, printers, counts,
                            totals, latest, progress, since != null);
                }
            } finally {
                for (CSVPrinter printer : printers.values()) {
                    printer.close();
                }
            }
            long records = counts.entrySet().stream().filter(e -> e.getKey() != OneRosterFiles.ROLES)
                    .mapToLong(Map.Entry::getValue).sum();
            if (records == 0) {
                return new Fetched(null, null, 0);
            }
            return new Fetched(zip(dir, counts, since != null), latest, records);
        } catch (IOException e) {
            throw new IllegalStateException("The pulled records could not be written to a temporary package", e);
        } finally {
            deleteTree(dir);
        }
    }

    private Instant pullCollection(OneRosterClient client, String collection, OneRosterFiles file, String filter,
                                   Map<OneRosterFiles, CSVPrinter> printers, Map<OneRosterFiles, Long> counts,
                                   Map<OneRosterFiles, Long> totals, Instant latest, Progress progress, boolean delta)
            throws IOException {
        int limit = settings.rest().pageSize();
        long offset = 0;
        Set<String> seen = new HashSet<>();
        while (true) {
            OneRosterClient.Page page = client.page(collection, offset, limit, filter);
            JsonNode records = page.records();
            if (records.isEmpty()) {
                break;
            }
            int fresh = 0;
            for (JsonNode record : records) {
                if (!record.isObject()) {
                    throw new ProviderFailure("The provider's " + collection + " (offset " + offset
                            + ") holds a value that is not a record");
                }
                String id = RestRecords.text(record.get("sourcedId"));
                if (!id.isEmpty() && !seen.add(id)) {
                    continue; // a record seen on an earlier page (the provider's list moved while we paged)
                }
                fresh++;
                printers.get(file).printRecord(RestRecords.row(file, record));
                counts.merge(file, 1L, Long::sum);
                if (file == OneRosterFiles.USERS) {
                    for (List<String> role : RestRecords.roles(record)) {
                        printers.get(OneRosterFiles.ROLES).printRecord(role);
                        counts.merge(OneRosterFiles.ROLES, 1L, Long::sum);
                    }
                }
                latest = later(latest, RestRecords.text(record.get("dateLastModified")));
            }
            if (fresh == 0) {
                throw new ProviderFailure("The provider's " + collection + " at offset " + offset
                        + " repeats records it sent before: its paging never ends (does it ignore offset?)");
            }
            if (counts.get(file) > settings.rest().maxRecords()) {
                throw new ProviderFailure("The provider's " + collection + " passed " + settings.rest().maxRecords()
                        + " records: its paging never ends");
            }
            offset += records.size();
            long received = counts.get(file);
            totals.put(file, page.total().isPresent() ? Math.max(page.total().getAsLong(), received) : received);
            progress.fetched(progress(counts, totals, delta));
            if (page.total().isPresent() && offset >= page.total().getAsLong()) {
                break;
            }
        }
        return latest;
    }

    private static List<ImportFileProgress> progress(Map<OneRosterFiles, Long> counts, Map<OneRosterFiles, Long> totals,
                                                     boolean delta) {
        List<ImportFileProgress> files = new ArrayList<>();
        totals.forEach((file, total) -> files.add(new ImportFileProgress(file.fileName(), delta ? "delta" : "bulk",
                total, counts.getOrDefault(file, 0L))));
        return files;
    }

    private static Instant later(Instant latest, String modified) {
        if (modified.isEmpty()) {
            return latest;
        }
        try {
            Instant at = OffsetDateTime.parse(modified).toInstant();
            return latest == null || at.isAfter(latest) ? at : latest;
        } catch (DateTimeParseException e) {
            return latest; // the import reports the bad date on its row
        }
    }

    /** The package: manifest.csv naming each file that received rows, bulk or delta, and those files. */
    private static Path zip(Path dir, Map<OneRosterFiles, Long> counts, boolean delta) throws IOException {
        Path zip = Files.createTempFile("roster-pull-", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(out)) {
            StringBuilder manifest = new StringBuilder("propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\n");
            for (OneRosterFiles file : OneRosterFiles.values()) {
                boolean sent = counts.getOrDefault(file, 0L) > 0;
                manifest.append(file.manifestProperty()).append(',')
                        .append(sent ? (delta ? "delta" : "bulk") : "absent").append('\n');
                if (sent) {
                    archive.putNextEntry(new ZipEntry(file.fileName()));
                    Files.copy(dir.resolve(file.fileName()), archive);
                    archive.closeEntry();
                }
            }
            manifest.append("source.systemName,OneRoster REST pull\n");
            archive.putNextEntry(new ZipEntry(OneRosterFiles.MANIFEST));
            archive.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            archive.closeEntry();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(zip);
            throw e;
        }
        return zip;
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.list(dir)) {
            for (Path path : paths.toList()) {
                Files.deleteIfExists(path);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // temporary files; the OS cleans its directory
        }
    }

    @PreDestroy
    void stop() {
        http.close();
    }
}
