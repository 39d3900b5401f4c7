package org.tandem.events;

import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Parses iCalendar text with ical.js, an independent implementation run by Node.js from
 * src/test/js (installed there with {@code npm ci} on first use). Node.js 20+ must be on the PATH.
 */
final class IcsParser {

    private static final Path PACKAGE = Path.of("src", "test", "js");

    private IcsParser() {
    }

    /** {@code {zones: [...], events: [{uid, sequence, status, tzid, localStart, start, end}]}} as ical.js reads them. */
    static JsonPath parse(String ics) {
        try {
            ensureInstalled();
            Path file = Files.createTempFile("tandem-", ".ics");
            Files.writeString(file, ics, StandardCharsets.UTF_8);
            String out = run(List.of("node", "parse-ics.mjs", file.toAbsolutePath().toString()));
            Files.deleteIfExists(file);
            return new JsonPath(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void ensureInstalled() {
        try {
            run(List.of("node", "--version"));
        } catch (IllegalStateException | IOException e) {
            fail("Node.js is required to check calendars with ical.js (an independent iCalendar parser): install"
                    + " Node.js 20 or later (e.g. 'apt-get install nodejs npm') so that 'node' is on the PATH. " + e.getMessage());
        }
        if (!Files.isDirectory(PACKAGE.resolve("node_modules").resolve("ical.js"))) {
            try {
                run(List.of("npm", "ci", "--no-audit", "--no-fund"));
            } catch (IllegalStateException | IOException e) {
                fail("Could not install ical.js with 'npm ci' in " + PACKAGE + " (npm must be installed and the npm"
                        + " registry reachable): " + e.getMessage());
            }
        }
    }

    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).directory(PACKAGE.toFile()).redirectErrorStream(false).start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed: "
                    + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return out;
    }
}
