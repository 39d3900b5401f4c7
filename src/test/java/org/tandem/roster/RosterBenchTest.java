package org.tandem.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.tandem.testsupport.TestDistrict;

/**
 * The roster benchmark in-process (bench/scripts/roster-import.sh runs it against a deployed instance):
 * only with -Droster.bench=DIR, where DIR holds bench/tools/oneroster_generate.py's bulk.zip and delta.zip.
 * Prints the time of each import from upload to the job's end.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "roster.bench", matches = ".+")
class RosterBenchTest {

    @Test
    void bulkThenTheSameAgainThenAOnePercentDelta() throws IOException {
        Path dir = Path.of(System.getProperty("roster.bench"));
        TestDistrict d = TestDistrict.create();
        for (String[] run : new String[][] {{"bulk", "bulk.zip"}, {"again", "bulk.zip"}, {"delta-1%", "delta.zip"}}) {
            byte[] zip = Files.readAllBytes(dir.resolve(run[1]));
            long start = System.nanoTime();
            JsonPath job = OneRosterPackages.importAndWait(d.districtAdmin(), zip, null);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("ROSTER-BENCH %s: %s in %d ms, max heap %d MiB, summary %s%n", run[0], job.getString("state"),
                    millis, Runtime.getRuntime().maxMemory() >> 20, job.getMap("summary"));
            assertEquals("succeeded", job.getString("state"), job::prettify);
        }
    }
}
