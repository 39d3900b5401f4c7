package org.tandem.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A OneRoster CSV package: a flat zip with manifest.csv and the files it names. Opening it reads
 * the manifest only; files are streamed one at a time through an {@link InflationGuard}.
 */
final class RosterPackage implements AutoCloseable {

    /** How the manifest marks a file. */
    enum Mode { BULK, DELTA }

    private final ZipFile zip;
    private final InflationGuard guard;
    private final String version;
    private final Map<OneRosterFiles, Mode> files;
    private final List<String> notes;
    private long inflatedLimit;

    private RosterPackage(ZipFile zip, InflationGuard guard, String version, Map<OneRosterFiles, Mode> files,
                          List<String> notes) {
        this.zip = zip;
        this.guard = guard;
        this.version = version;
        this.files = files;
        this.notes = notes;
    }

    /** Opens and checks the package; a package that cannot be imported at all is a {@link PackageRejected}. */
    static RosterPackage open(Path path, long inflatedLimit) {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new PackageRejected("The upload is not a zip archive");
        } catch (IOException e) {
            throw new PackageRejected("The upload could not be read as a zip archive");
        }
        try {
            RosterPackage pack = read(zip, new InflationGuard(inflatedLimit));
            pack.inflatedLimit = inflatedLimit;
            return pack;
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static RosterPackage read(ZipFile zip, InflationGuard guard) {
        Set<String> names = new java.util.HashSet<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String name = entry.getName();
            if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                throw new PackageRejected("The package must be flat: " + clip(name) + " is in a folder");
            }
            if (!names.add(name)) {
                throw new PackageRejected("The package holds " + clip(name) + " twice");
            }
        }
        if (zip.getEntry(OneRosterFiles.MANIFEST) == null) {
            throw new PackageRejected("The package has no manifest.csv");
        }
        Map<String, String> manifest = manifest(zip, guard);
        if (!"1.0".equals(manifest.get("manifest.version"))) {
            throw new PackageRejected("manifest.csv: manifest.version must be 1.0");
        }
        String version = OneRosterFiles.VERSIONS.get(manifest.getOrDefault("oneroster.version", ""));
        if (version == null) {
            throw new PackageRejected("manifest.csv: oneroster.version must be 1.1 or 1.2");
        }
        Map<OneRosterFiles, Mode> files = new LinkedHashMap<>();
        List<String> notes = new java.util.ArrayList<>();
        for (OneRosterFiles file : OneRosterFiles.values()) {
            if (!file.existsIn(version)) {
                continue;
            }
            String mode = manifest.getOrDefault(file.manifestProperty(), "absent");
            switch (mode) {
                case "absent" -> {
                }
                case "bulk", "delta" -> {
                    if (zip.getEntry(file.fileName()) == null) {
                        throw new PackageRejected("manifest.csv names " + file.fileName() + " as " + mode
                                + " but the package does not hold it");
                    }
                    files.put(file, mode.equals("bulk") ? Mode.BULK : Mode.DELTA);
                }
                default -> throw new PackageRejected("manifest.csv: " + file.manifestProperty()
                        + " must be absent, bulk or delta");
            }
        }
        manifest.keySet().stream().filter(OneRosterFiles.IGNORED::contains)
                .filter(key -> !"absent".equals(manifest.get(key)))
                .forEach(key -> notes.add(key.substring(5) + ".csv is not imported by Tandem"));
        if (files.isEmpty()) {
            throw new PackageRejected("manifest.csv names none of the files Tandem imports "
                    + "(orgs, academicSessions, courses, classes, users, roles, enrollments)");
        }
        return new RosterPackage(zip, guard, version, files, notes);
    }

    private static Map<String, String> manifest(ZipFile zip, InflationGuard guard) {
        ImportErrors errors = new ImportErrors();
        Map<String, String> properties = new HashMap<>();
        try (InputStream in = guard.watch(zip.getInputStream(zip.getEntry(OneRosterFiles.MANIFEST)))) {
            CsvTable.read(OneRosterFiles.MANIFEST, in, List.of("propertyName", "value"), Set.of("propertyName", "value"),
                    errors, row -> properties.put(row.get("propertyName"), row.get("value")));
        } catch (IOException e) {
            throw new PackageRejected("manifest.csv could not be read");
        }
        if (errors.any()) {
            RowError first = errors.errors().get(0);
            throw new PackageRejected("manifest.csv: " + first.reason());
        }
        return properties;
    }

    String version() {
        return version;
    }

    Map<OneRosterFiles, Mode> files() {
        return files;
    }

    List<String> notes() {
        return notes;
    }

    boolean has(OneRosterFiles file) {
        return files.containsKey(file);
    }

    boolean isBulk(OneRosterFiles file) {
        return files.get(file) == Mode.BULK;
    }

    /** The file's bytes, inflated under the package's limit. */
    InputStream open(OneRosterFiles file) throws IOException {
        return guard.watch(zip.getInputStream(zip.getEntry(file.fileName())));
    }

    /** The file's data rows, counted by lines (OneRoster forbids line breaks inside values), under a fresh limit. */
    long countRows(OneRosterFiles file) throws IOException {
        InflationGuard counting = new InflationGuard(inflatedLimit);
        long lines = 0;
        int last = '\n';
        try (InputStream in = counting.watch(zip.getInputStream(zip.getEntry(file.fileName())))) {
            byte[] buffer = new byte[65_536];
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
        } catch (InflationGuard.TooLarge e) {
            throw new PackageRejected(e.getMessage());
        }
        if (last != '\n') {
            lines++;
        }
        return Math.max(0, lines - 1);
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    private static String clip(String name) {
        String printable = name.replaceAll("[^\\p{Print}]", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
    }
}
