package org.tandem.messaging;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestClock;
import org.tandem.testsupport.TestDistrict;

/** Rules that depend on time, checked at a pinned instant of the application's clock. */
@QuarkusTest
class TimeRulesTest {

    @Inject
    TestClock clock;

    private TestDistrict d;
    private String thread;

    @BeforeEach
    void studentThread() {
        d = TestDistrict.create();
        thread = Messaging.studentThread(d.teacherA(), d.studentA, "Welcome");
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @Test
    void theEditWindowClosesFifteenMinutesAfterPosting() {
        String id = Messaging.post(d.guardianA(), thread, "See you at 3").then().statusCode(201).extract().path("id");
        String path = "/api/v1/threads/" + thread + "/messages/" + id;
        clock.pinIn(Duration.ofMinutes(14));
        Api.validated(d.guardianA()).contentType("application/json").body(Map.of("body", "See you at 4")).patch(path)
                .then().statusCode(200);
        clock.pinIn(Duration.ofMinutes(16));
        Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of("body", "At 5")).patch(path)
                .then().statusCode(409).body("code", equalTo("edit_window_closed"));
    }

    @Test
    void whenTheTermEndsItsTeacherNoLongerTeachesTheStudent() {
        LocalDate afterTheTerm = LocalDate.now().plusMonths(7);
        clock.pin(afterTheTerm.atStartOfDay().toInstant(ZoneOffset.UTC));
        Messaging.startStudentThread(d.teacherA(), d.studentA, "Still here?").then().statusCode(404);
        Api.validated(d.teacherA()).get("/api/v1/me").then().statusCode(200).body("classes", equalTo(List.of()));
        clock.release();
        // The student's one student thread is there again (a student has one; starting it returns it).
        Messaging.startStudentThread(d.teacherA(), d.studentA, "Back in term").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(thread));
    }

    @Test
    void markingReadStampsTheApplicationsTime() {
        Instant at = Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        clock.pin(at);
        Messaging.markRead(d.guardianA(), thread, 1);
        String message = Messaging.firstMessage(d.teacherA(), thread);
        String readAt = Api.validated(d.teacherA())
                .get("/api/v1/threads/" + thread + "/messages/" + message + "/receipts")
                .then().statusCode(200)
                .extract().path("readers.find { it.accountId == '" + d.guardianAAccount + "' }.readAt");
        assertEquals(at, Instant.parse(readAt));
    }
}
