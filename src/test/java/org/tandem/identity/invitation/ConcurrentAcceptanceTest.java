package org.tandem.identity.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.identity.JoiningFixtures.count;
import static org.tandem.identity.JoiningFixtures.email;
import static org.tandem.identity.JoiningFixtures.fixtureEmail;
import static org.tandem.identity.JoiningFixtures.tokenMailedTo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Many acceptances of one invitation at the same moment: exactly one wins. */
@QuarkusTest
class ConcurrentAcceptanceTest {

    private static final int ATTEMPTS = 10;

    @Inject
    MockMailbox mailbox;

    TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        mailbox.clear();
    }

    String invite(String address) {
        Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("email", address, "relationship", "mother"))
                .post("/api/v1/students/{id}/invitations", d.studentA).then().statusCode(201);
        return tokenMailedTo(mailbox, address.toLowerCase());
    }

    @Test
    void concurrentAcceptancesByNewcomersCreateExactlyOneAccountAndOneLink() throws Exception {
        String address = email(d, "racer");
        String token = invite(address);
        Map<String, Object> body = Map.of("token", token, "displayName", "Racing Parent", "password", "long enough password");

        List<Integer> statuses = race(() -> Api.validated().contentType("application/json").body(body));

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one success: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 410),
                "the others are told the invitation is used or the account exists: " + statuses);
        assertEquals(1, count(d, "SELECT count(*) FROM account WHERE tenant_id = :tenant AND lower(email) = lower(:p1)", address));
        assertEquals(1, count(d, "SELECT count(*) FROM guardian WHERE tenant_id = :tenant AND lower(email) = lower(:p1)", address));
        assertEquals(1, count(d, """
                SELECT count(*) FROM guardianship g JOIN guardian r ON r.id = g.guardian_id
                WHERE g.student_id = :p1 AND lower(r.email) = lower(:p2)""", d.studentA, address));
        assertEquals(1, count(d, """
                SELECT count(*) FROM invitation i JOIN account a ON a.id = i.accepted_account_id
                WHERE i.tenant_id = :tenant AND lower(a.email) = lower(:p1)""", address));
    }

    @Test
    void concurrentAcceptancesBySignedInGuardiansLinkExactlyOne() throws Exception {
        String token = invite(fixtureEmail(d, "parent.b"));
        String guardianB = d.guardianB();
        String teacherB = d.teacherB();
        int[] turn = {0};

        List<Integer> statuses = race(() -> {
            String bearer = (turn[0]++ % 2 == 0) ? guardianB : teacherB;
            return Api.validated(bearer).contentType("application/json").body(Map.of("token", token));
        });

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one success: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 410), statuses.toString());
        assertEquals(1, count(d, "SELECT count(*) FROM guardianship WHERE student_id = :p1 AND guardian_id IN "
                + "(SELECT id FROM guardian WHERE account_id IN (:p2, :p3))", d.studentA, d.guardianBAccount, d.teacherBAccount));
    }

    /** Fires the requests together, all released by one latch, and returns their statuses. */
    private static List<Integer> race(Supplier<RequestSpecification> request) throws Exception {
        List<RequestSpecification> prepared = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            prepared.add(request.get());
        }
        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (RequestSpecification spec : prepared) {
                results.add(pool.submit(() -> {
                    start.await();
                    return spec.post("/api/v1/invitations/accept").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
