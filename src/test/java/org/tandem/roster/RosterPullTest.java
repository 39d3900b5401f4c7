package org.tandem.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.roster.OneRosterPackages.importAndWait;
import static org.tandem.roster.OneRosterPackages.zip;
import static org.tandem.roster.RosterImportTest.count;
import static org.tandem.roster.RosterPulls.configure;
import static org.tandem.roster.RosterPulls.directory;
import static org.tandem.roster.RosterPulls.provider;
import static org.tandem.roster.RosterPulls.pullAndWait;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestClock;
import org.tandem.testsupport.TestDistrict;

/**
 * The pull from a OneRoster 1.2 REST provider (a stub on loopback serving the CSV fixtures' records):
 * the same directory as the upload, paging, deltas and the watermark, tokens, provider errors, schedule.
 */
@QuarkusTest
class RosterPullTest {

    @Inject
    TestClock clock;

    @Inject
    PullSchedule schedule;

    private ProviderStub stub;
    private TestDistrict d;

    @BeforeEach
    void start() {
        stub = new ProviderStub().load("v1p2-clean", ProviderStub.CLEAN_MODIFIED);
        d = TestDistrict.create();
        configure(d, stub);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void aPullOfTheClean12DistrictGivesTheSameDirectoryAsItsCsvImport() {
        TestDistrict uploaded = TestDistrict.create();
        JsonPath upload = importAndWait(uploaded.districtAdmin(), zip("v1p2-clean"), null);
        assertEquals("succeeded", upload.getString("state"), upload::prettify);

        JsonPath pull = pullAndWait(d.districtAdmin(), null);
        assertEquals("succeeded", pull.getString("state"), pull::prettify);
        assertEquals("rest", pull.getString("source"));
        assertEquals("full", pull.getString("pullMode"));
        assertEquals("1.2", pull.getString("oneRosterVersion"));
        assertEquals((Object) upload.getMap("summary"), pull.getMap("summary"));
        List<String> expected = directory(uploaded);
        assertEquals(2 + 2 + 3 + 4 + 3 + 5 + 5 + 4 + 4, expected.size(), expected::toString);
        assertEquals(expected, directory(d), "the pulled directory is the uploaded one, record for record");
        assertEquals(upload.getList("warnings.reason"), pull.getList("warnings.reason"));

        // Paging: 12 users in pages of 5 (the test page size) until X-Total-Count is reached.
        assertEquals(List.of("limit=5&offset=0", "limit=5&offset=5", "limit=5&offset=10"),
                stub.requestsTo("users").stream().map(r -> r.substring(r.indexOf('?') + 1)).toList());
        assertEquals(Instant.parse("2026-08-01T00:00:00Z"), Instant.parse(provider(d).getString("watermark")));
        assertEquals(pull.getString("id"), provider(d).getString("lastPullId"));
        assertEquals(1, stub.tokensIssued.get());

        // Pulling the same records again changes nothing (a full pull, as asked).
        JsonPath again = pullAndWait(d.districtAdmin(), "mode=full");
        assertEquals("succeeded", again.getString("state"));
        Map<String, Map<String, Integer>> summary = again.getMap("summary");
        summary.forEach((type, counts) -> assertEquals(0, counts.get("created") + counts.getOrDefault("updated", 0)
                + counts.getOrDefault("deactivated", 0), type));
        assertEquals(1, stub.tokensIssued.get(), "the token is cached across pulls");
    }

    @Test
    void aProviderThatAnswersFewerRecordsThanAskedIsPagedToTheEnd() {
        stub.maxLimit = 2;
        JsonPath pull = pullAndWait(d.districtAdmin(), null);
        assertEquals("succeeded", pull.getString("state"), pull::prettify);
        assertEquals(3, pull.getInt("summary.students.created"));
        assertEquals(6, stub.requestsTo("users").size(), "12 users, 2 a page");
        assertTrue(stub.requestsTo("users").contains(ProviderStub.PATH + "/users?limit=5&offset=10"));
    }

    @Test
    void aDeltaAsksOnlyForWhatChangedAfterTheWatermarkWhichMovesOnlyWhenAPullSucceeds() {
        assertEquals("succeeded", pullAndWait(d.districtAdmin(), null).getString("state"));
        stub.requests.clear();
        stub.load("v1p2-delta", null);

        // A dry run: the diff, nothing written, the watermark stays.
        JsonPath dry = pullAndWait(d.districtAdmin(), "dryRun=true");
        assertEquals("delta", dry.getString("pullMode"));
        assertEquals(1, dry.getInt("summary.guardians.updated"), dry::prettify);
        assertEquals(Instant.parse("2026-08-01T00:00:00Z"), Instant.parse(provider(d).getString("watermark")));
        assertTrue(stub.requestsTo("users").stream().allMatch(r -> r.contains("filter=dateLastModified%3E%272026-08-01T00%3A00%3A00Z%27")),
                stub.requests::toString);

        // A provider error: the pull fails, nothing is written, the watermark stays.
        stub.fault("enrollments", ProviderStub.Fault.STATUS_503);
        JsonPath failed = pullAndWait(d.districtAdmin(), null);
        assertEquals("failed", failed.getString("state"));
        assertEquals(Instant.parse("2026-08-01T00:00:00Z"), Instant.parse(provider(d).getString("watermark")));
        assertEquals("Smith", RosterImportTest.text(d, "SELECT family_name FROM guardian WHERE tenant_id = :t AND sourced_id = 'u-emma'"));
        stub.fault("enrollments", ProviderStub.Fault.NONE);

        JsonPath delta = pullAndWait(d.districtAdmin(), null);
        assertEquals("succeeded", delta.getString("state"), delta::prettify);
        assertEquals("delta", delta.getString("pullMode"));
        List<Map<String, Object>> files = delta.getList("files");
        assertTrue(files.stream().anyMatch(f -> f.get("name").equals("users.csv") && f.get("mode").equals("delta")
                && ((Number) f.get("rowsTotal")).intValue() == 3), files::toString);
        assertTrue(files.stream().noneMatch(f -> f.get("name").equals("orgs.csv")), "no org changed: orgs.csv is absent");
        assertEquals(1, delta.getInt("summary.students.created"));
        assertEquals(1, delta.getInt("summary.guardians.updated"));
        assertEquals(1, delta.getInt("summary.enrollments.deactivated"));
        assertEquals("Smith-Jones", RosterImportTest.text(d, "SELECT family_name FROM guardian WHERE tenant_id = :t AND sourced_id = 'u-emma'"));
        assertEquals(Instant.parse("2026-09-02T08:00:00Z"), Instant.parse(provider(d).getString("watermark")));

        // Nothing changed since: the job succeeds with nothing to do, the watermark stays.
        JsonPath nothing = pullAndWait(d.districtAdmin(), null);
        assertEquals("succeeded", nothing.getString("state"), nothing::prettify);
        assertTrue(nothing.getList("files").isEmpty());
        assertTrue(nothing.getList("warnings.reason", String.class).get(0).startsWith("Nothing was modified at the provider after"));
        assertEquals(Instant.parse("2026-09-02T08:00:00Z"), Instant.parse(provider(d).getString("watermark")));
    }

    @Test
    void anExpiredTokenIsRenewedOnceAndARefusedClientFailsThePull() {
        assertEquals("succeeded", pullAndWait(d.districtAdmin(), null).getString("state"));
        assertEquals(1, stub.tokensIssued.get());
        stub.expireTokens();
        JsonPath renewed = pullAndWait(d.districtAdmin(), "mode=full");
        assertEquals("succeeded", renewed.getString("state"), renewed::prettify);
        assertEquals(2, stub.tokensIssued.get(), "the 401 dropped the cached token and a new one was fetched");

        stub.expireTokens();
        stub.rejectClient = true;
        JsonPath refused = pullAndWait(d.districtAdmin(), "mode=full");
        assertEquals("failed", refused.getString("state"));
        assertTrue(refused.getString("failure").contains("token endpoint answered 401 (Unknown client)"), refused::prettify);
        assertTrue(!refused.getString("failure").contains(ProviderStub.CLIENT_SECRET));
    }

    @Test
    void providerErrorsFailThePullWithAClearReasonAndImportNothing() {
        Map<ProviderStub.Fault, String> reasons = Map.of(
                ProviderStub.Fault.STATUS_503, "The provider answered 503 to GET users (offset 0) (Server busy, try later)",
                ProviderStub.Fault.NOT_JSON, "The provider's answer to GET users (offset 0) is not valid JSON",
                ProviderStub.Fault.NO_ARRAY, "The provider's answer to GET users (offset 0) has no 'users' array",
                ProviderStub.Fault.IGNORES_OFFSET, "The provider's users at offset 5 repeats records it sent before",
                ProviderStub.Fault.ENDLESS_BODY, "The provider's answer to GET users (offset 0) is larger than 1048576 bytes",
                ProviderStub.Fault.STALL, "The provider did not answer GET users (offset 0) within 3 s");
        for (var fault : reasons.entrySet()) {
            stub.fault("users", fault.getKey());
            JsonPath job = pullAndWait(d.districtAdmin(), null);
            assertEquals("failed", job.getString("state"), fault.getKey()::toString);
            assertTrue(job.getString("failure").startsWith(fault.getValue()), () -> fault.getKey() + ": " + job.getString("failure"));
            assertTrue(job.getString("failure").endsWith("Nothing was imported; the watermark did not move."));
        }
        assertEquals(0L, count(d, "SELECT count(*) FROM school WHERE tenant_id = :t AND sourced_id IS NOT NULL"));
        assertNull(provider(d).getString("watermark"));
    }

    @Test
    void aProviderThatFailsForAMomentIsAskedAgainWithBackoffAndRetryAfter() {
        stub.failNext("users", 2, 503, null);
        stub.failNext("enrollments", 1, 429, "1");
        long started = System.nanoTime();
        JsonPath job = pullAndWait(d.districtAdmin(), null);
        assertEquals("succeeded", job.getString("state"), job::prettify);
        assertTrue(System.nanoTime() - started >= 1_000_000_000L, "the 429's Retry-After (1 s) is honoured");
        assertEquals(List.of("limit=5&offset=0", "limit=5&offset=0", "limit=5&offset=0", "limit=5&offset=5", "limit=5&offset=10"),
                stub.requestsTo("users").stream().map(r -> r.substring(r.indexOf('?') + 1)).toList());
        assertEquals(2, stub.requestsTo("enrollments").stream().filter(r -> r.endsWith("offset=0")).count());
        assertEquals(3L, count(d, "SELECT count(*) FROM school_class WHERE tenant_id = :t AND sourced_id IS NOT NULL"));
    }

    @Test
    void aProviderThatStaysDownFailsThePullAfterItsAttempts() {
        stub.failNext("users", 100, 502, null);
        JsonPath failed = pullAndWait(d.districtAdmin(), null);
        assertEquals("failed", failed.getString("state"));
        assertTrue(failed.getString("failure").matches("The provider answered 502 to GET users \\(offset 0\\) \\(Try again later\\); "
                + "gave up after 3 attempts in [0-9.]+ s\\. Nothing was imported; the watermark did not move\\."), failed.getString("failure"));
        assertEquals(3, stub.requestsTo("users").size());

        // A Retry-After longer than a pull waits is not slept through: the pull fails at once and says why.
        stub.failNext("users", 1, 503, "3600");
        JsonPath tooLong = pullAndWait(d.districtAdmin(), null);
        assertEquals("failed", tooLong.getString("state"));
        assertTrue(tooLong.getString("failure").contains("the provider asked to wait 3600 s (Retry-After), longer than the 2 s"),
                tooLong.getString("failure"));
        assertEquals(0L, count(d, "SELECT count(*) FROM student WHERE tenant_id = :t AND sourced_id IS NOT NULL"));
    }

    @Test
    void aPullIsOneImportOfTheDistrictAtATime() {
        stub.fault("orgs", ProviderStub.Fault.STALL);
        String first = RosterPulls.startPull(d.districtAdmin(), null).then().statusCode(202).extract().path("id");
        RosterPulls.startPull(d.districtAdmin(), null).then().statusCode(409)
                .body("code", org.hamcrest.Matchers.is("import_running"));
        OneRosterPackages.upload(d.districtAdmin(), zip("v1p2-clean"), null).then().statusCode(409)
                .body("code", org.hamcrest.Matchers.is("import_running"));
        assertEquals("failed", OneRosterPackages.waitFor(d.districtAdmin(), first).getString("state"));
        stub.fault("orgs", ProviderStub.Fault.NONE);
        assertEquals("succeeded", pullAndWait(d.districtAdmin(), null).getString("state"));
    }

    @Test
    void pulledRecordsGoThroughTheUploadsChecks() {
        stub.record("users", "u-noah").put("familyName", "=HYPERLINK(\"http://evil.example\")");
        stub.record("enrollments", "enr-ava-science").put("beginDate", "2026-13-45");
        JsonPath job = pullAndWait(d.districtAdmin(), null);
        assertEquals("failed", job.getString("state"));
        assertEquals(2, job.getInt("errorCount"), job::prettify);
        List<Map<String, Object>> errors = job.getList("errors");
        assertTrue(errors.stream().anyMatch(e -> "users.csv".equals(e.get("file")) && "familyName".equals(e.get("column"))
                && ((Number) e.get("line")).intValue() == 7), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> "enrollments.csv".equals(e.get("file")) && "beginDate".equals(e.get("column"))),
                errors::toString);
        assertEquals(0L, count(d, "SELECT count(*) FROM student WHERE tenant_id = :t AND sourced_id IS NOT NULL"));
        assertNull(provider(d).getString("watermark"));
    }

    @Test
    void aScheduledPullIsStartedOnceWhenDueWhateverTheNumberOfInstances() throws Exception {
        Api.validated(d.districtAdmin()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("baseUrl", stub.baseUrl(), "tokenUrl", stub.tokenUrl(), "pullEvery", "PT1M"))
                .put("/api/v1/roster/provider").then().statusCode(200);
        Instant next = Instant.parse(provider(d).getString("nextPullAt"));
        try {
            clock.pin(next.minusSeconds(1));
            assertTrue(!schedule.startDue().contains(d.tenantId.toString()), "not due yet");
            clock.pin(next.plusSeconds(1));
            ExecutorService instances = Executors.newFixedThreadPool(3);
            List<Callable<List<String>>> ticks = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ticks.add(() -> schedule.startDue());
            }
            int claimed = 0;
            for (Future<List<String>> tick : instances.invokeAll(ticks)) {
                claimed += (int) tick.get().stream().filter(t -> t.equals(d.tenantId.toString())).count();
            }
            instances.shutdown();
            assertEquals(1, claimed, "one instance claims the due pull");
            assertEquals(next.plusSeconds(1).plus(Duration.ofMinutes(1)), Instant.parse(provider(d).getString("nextPullAt")),
                    "the next pull moved on by the period");
        } finally {
            clock.release();
        }
        List<Map<String, Object>> jobs = Api.validated(d.districtAdmin()).get("/api/v1/roster/imports")
                .then().statusCode(200).extract().path("items");
        assertEquals(1, jobs.size());
        JsonPath job = OneRosterPackages.waitFor(d.districtAdmin(), (String) jobs.get(0).get("id"));
        assertEquals("succeeded", job.getString("state"), job::prettify);
        assertEquals("full", job.getString("pullMode"), "the first scheduled pull is full: there is no watermark yet");
        assertEquals(3L, count(d, "SELECT count(*) FROM student WHERE tenant_id = :t AND sourced_id IS NOT NULL"));
    }
}
