package org.tandem.goals;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestClock;
import org.tandem.testsupport.TestDistrict;

/**
 * "Today" for a goal is the day where the student's school is (the test district's school is in
 * America/Chicago), not in UTC: at 03:00 UTC it is still the evening before in Chicago, so the
 * progress view's {@code asOf} and a check-in's default date are that day, and a check-in dated the
 * UTC day is in the future.
 */
@QuarkusTest
class GoalTimeZoneTest {

    @Inject
    TestClock clock;

    @Test
    void todayIsTheSchoolsDay() {
        TestDistrict d = TestDistrict.create();
        String goal = Goals.activeGoal(d, Goals.readingGoal());
        LocalDate utcDay = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        java.time.Instant at = utcDay.atTime(3, 0).toInstant(ZoneOffset.UTC);
        LocalDate schoolDay = LocalDate.ofInstant(at, ZoneId.of("America/Chicago"));
        clock.pin(at);
        try {
            Api.validated(d.guardianA()).get("/api/v1/goals/" + goal + "/progress").then().statusCode(200)
                    .body("asOf", equalTo(schoolDay.toString()));
            Goals.checkIn(d.teacherA(), goal, Map.of("value", 60, "date", utcDay.toString())).then().statusCode(422)
                    .body("errors[0].field", equalTo("date"));
            Goals.checkIn(d.teacherA(), goal, Map.of("value", 61, "date", schoolDay.toString())).then().statusCode(201);
            Goals.checkIn(d.teacherA(), goal, Map.of("value", 62)).then().statusCode(201)
                    .body("date", equalTo(schoolDay.toString()));
        } finally {
            clock.release();
        }
    }
}
