package org.tandem.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Two clients making the same first write at once: one wins, the other sees it made (or a 409), never a 500. */
@QuarkusTest
class ConcurrentFirstWriteTest {

    private static final int CLIENTS = 6;

    private static List<Response> atOnce(Supplier<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                calls.add(request::get);
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }

    private static void assertNoServerError(List<Response> responses, Set<Integer> allowed) {
        for (Response r : responses) {
            assertTrue(allowed.contains(r.statusCode()), "status " + r.statusCode() + ": " + r.asString());
            if (r.statusCode() == 409) {
                assertEquals("application/problem+json", r.contentType());
            }
        }
    }

    @Test
    void simultaneousFirstBlocksOfOneContact() throws Exception {
        for (int round = 0; round < 3; round++) {
            TestDistrict d = TestDistrict.create();
            assertNoServerError(atOnce(() -> Api.raw(d.guardianA()).contentType("application/json")
                    .body(Map.of("accountId", d.guardianBAccount.toString())).post("/api/v1/me/blocks")),
                    Set.of(200, 201, 409));
        }
    }

    @Test
    void simultaneousFirstOfficeHours() throws Exception {
        for (int round = 0; round < 3; round++) {
            TestDistrict d = TestDistrict.create();
            assertNoServerError(atOnce(() -> Api.raw(d.teacherA()).contentType("application/json")
                    .body(Map.of("timeZone", "America/Chicago",
                            "hours", List.of(Map.of("day", "monday", "start", "08:00", "end", "09:00"))))
                    .put("/api/v1/me/office-hours")), Set.of(200, 409));
        }
    }
}
