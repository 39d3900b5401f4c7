package org.tandem.roster;

import io.smallrye.jwt.build.Jwt;
import io.quarkus.arc.Arc;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import io.restassured.response.Response;
import org.tandem.access.Roles;
import org.tandem.platform.security.JwtSettings;
import org.tandem.platform.security.TokenKeys;
import org.tandem.testsupport.Api;

/**
 * The OneRoster test packages under src/test/resources/oneroster (written for these tests from the
 * specification's column lists), zipped on demand, with overlays for the broken variants; and the
 * calls that import them and wait for the job.
 */
final class OneRosterPackages {

    private OneRosterPackages() {
    }

    /** The package in {@code dir}, with files replaced (or, with a null value, removed). */
    static byte[] zip(String dir, Map<String, byte[]> changes) {
        Map<String, byte[]> files = new TreeMap<>(files(dir));
        changes.forEach((name, content) -> {
            if (content == null) {
                files.remove(name);
            } else {
                files.put(name, content);
            }
        });
        return zipOf(files);
    }

    static byte[] zip(String dir) {
        return zip(dir, Map.of());
    }

    /** A clean package with the files of a broken overlay (src/test/resources/oneroster/broken/NAME). */
    static byte[] broken(String name) {
        return zip("v1p2-clean", files("broken/" + name));
    }

    static Map<String, byte[]> files(String dir) {
        try {
            Path root = Path.of(OneRosterPackages.class.getResource("/oneroster/" + dir).toURI());
            Map<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> paths = Files.list(root)) {
                for (Path path : paths.toList()) {
                    files.put(path.getFileName().toString(), Files.readAllBytes(path));
                }
            }
            return files;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final long ENTRY_TIME = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

    /** A package's bytes depend on its files alone: every entry has the same time (a retried upload is the same body). */
    static byte[] zipOf(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    static Response upload(String token, byte[] zip, String query) {
        return Api.validated(token).contentType("application/zip").body(zip)
                .post("/api/v1/roster/imports" + (query == null ? "" : "?" + query));
    }

    /** Uploads, expects 202, and waits until the job ends; returns the finished job. */
    static io.restassured.path.json.JsonPath importAndWait(String token, byte[] zip, String query) {
        Response started = upload(token, zip, query);
        started.then().statusCode(202);
        return waitFor(token, started.jsonPath().getString("id"));
    }

    static io.restassured.path.json.JsonPath waitFor(String token, String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(Integer.getInteger("roster.wait.seconds", 60)));
        while (Instant.now().isBefore(deadline)) {
            io.restassured.path.json.JsonPath job = Api.validated(token).get("/api/v1/roster/imports/" + id)
                    .then().statusCode(200).extract().jsonPath();
            String state = job.getString("state");
            if (state.equals("succeeded") || state.equals("failed")) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The import " + id + " did not end within a minute");
    }

    /** An integrator's token (client credentials) with these scopes. */
    static String integrator(UUID tenant, String... scopes) {
        TokenKeys keys = Arc.container().instance(TokenKeys.class).get();
        JwtSettings settings = Arc.container().instance(JwtSettings.class).get();
        Instant now = Instant.now();
        return Jwt.issuer(settings.issuer()).audience(settings.audience()).subject(UUID.randomUUID().toString())
                .groups(Set.of(Roles.INTEGRATOR)).claim("tid", tenant.toString())
                .claim("scope", String.join(" ", scopes)).issuedAt(now).expiresAt(now.plusSeconds(600))
                .jws().keyId(keys.current().keyId()).sign(keys.current().privateKey());
    }

}
