package org.tandem.goals;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestClock;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class CheckInTest {

    @Inject
    TestClock clock;

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void bothSidesCheckInAndCommentAndTheListIsNewestFirst() {
        String id = Goals.activeGoal(d, Goals.readingGoal());
        String first = Goals.checkIn(d.teacherA(), id, Map.of("value", 58, "date", TestDistrict.today().minusDays(10).toString()))
                .then().statusCode(201).body("side", equalTo("school")).extract().path("id");
        Goals.checkIn(d.guardianA(), id, Map.of("note", "Read a whole chapter!")).then().statusCode(201)
                .body("side", equalTo("family")).body("date", equalTo(TestDistrict.today().toString()));
        Api.validated(d.guardianA()).contentType("application/json").body(Map.of("body", "Proud of her"))
                .post("/api/v1/goals/" + id + "/check-ins/" + first + "/comments").then().statusCode(201)
                .body("authorId", equalTo(d.guardianAAccount.toString()));
        Api.validated(d.teacherA()).get("/api/v1/goals/" + id + "/check-ins?limit=1").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].note", equalTo("Read a whole chapter!"))
                .body("nextCursor", notNullValue());
        Api.validated(d.teacherA()).get("/api/v1/goals/" + id + "/check-ins/" + first).then().statusCode(200)
                .body("commentCount", equalTo(1)).body("value", equalTo(58.0f));
        Api.validated(d.teacherA()).get("/api/v1/goals/" + id + "/check-ins/" + first + "/comments").then()
                .body("items.body", contains("Proud of her"));
    }

    @Test
    void theAuthorEditsWithinTheWindowOnly() {
        String id = Goals.activeGoal(d, Goals.readingGoal());
        var posted = Goals.checkIn(d.teacherA(), id, Map.of("value", 58)).then().statusCode(201).extract();
        String checkIn = posted.path("id");
        String etag = posted.header("ETag");
        String path = "/api/v1/goals/" + id + "/check-ins/" + checkIn;
        Api.responseValidated(d.guardianA()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("value", 80)).patch(path).then().statusCode(403);
        Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json")
                .body(Map.of("value", 80)).patch(path).then().statusCode(428);
        String next = Api.validated(d.teacherA()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("value", 59.5)).patch(path).then().statusCode(200).body("value", equalTo(59.5f))
                .body("editedAt", notNullValue()).extract().header("ETag");
        Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("value", 60)).patch(path).then().statusCode(412);
        try {
            clock.pinIn(Duration.ofHours(49));
            Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json").header("If-Match", next)
                    .body(Map.of("value", 61)).patch(path).then().statusCode(409).body("code", equalTo("edit_window_closed"));
        } finally {
            clock.release();
        }
    }

    @Test
    void milestonesAreTickedOffByCheckIns() {
        String id = Goals.activeGoal(d, Goals.milestoneGoal());
        List<String> milestones = Goals.get(d.guardianA(), id).then().extract().path("milestones.id");
        Goals.checkIn(d.guardianA(), id, Map.of("milestoneIds", List.of(milestones.get(0)), "note", "Did it with the list"))
                .then().statusCode(201).body("milestoneIds", contains(milestones.get(0)));
        Goals.checkIn(d.guardianA(), id, Map.of("milestoneIds", List.of(milestones.get(0)))).then().statusCode(422);
        Goals.checkIn(d.guardianA(), id, Map.of("value", 3)).then().statusCode(422);
        Goals.get(d.teacherA(), id).then().body("milestones[0].doneAt", notNullValue())
                .body("milestones[1].doneAt", equalTo(null));
        Api.validated(d.teacherA()).get("/api/v1/goals/" + id + "/progress").then().statusCode(200)
                .body("measure", equalTo("milestones")).body("milestones.done", equalTo(1))
                .body("milestones.total", equalTo(3)).body("percentOfWay", equalTo(33.3f))
                .body("outlook", equalTo("behind"));
    }

    @Test
    void theProgressViewChartsTheSeriesWithATrend() {
        // 52 → 90 wpm from 60 days ago to 60 days ahead; +0.5 wpm a day reaches 112 at the target date.
        String id = Goals.activeGoal(d, Goals.with(Goals.readingGoal(), "target", Map.of("baseline", 52, "target", 90,
                "unit", "words per minute", "direction", "higher", "masteryCount", 3)));
        String progress = "/api/v1/goals/" + id + "/progress";
        Api.validated(d.guardianA()).get(progress).then().statusCode(200).body("outlook", equalTo("not_enough_data"))
                .body("series", hasSize(0)).body("baseline", equalTo(52.0f)).body("target", equalTo(90.0f));
        for (int day : new int[] {0, 20, 40, 60}) {
            Goals.checkIn(d.teacherA(), id, Map.of("value", 52 + day * 0.5,
                    "date", Goals.START.plusDays(day).toString())).then().statusCode(201);
        }
        Goals.checkIn(d.guardianA(), id, Map.of("note", "No value, not in the series")).then().statusCode(201);
        Api.validated(d.guardianA()).get(progress).then().statusCode(200)
                .body("series.day", contains(0, 20, 40, 60)).body("latestValue", equalTo(82.0f))
                .body("percentOfWay", equalTo(78.9f))
                .body("trend.slopePerDay", equalTo(0.5f)).body("trend.slopePerWeek", equalTo(3.5f))
                .body("trend.projectedAtTarget", equalTo(112f)).body("outlook", equalTo("on_track"))
                .body("trend.line[1].date", equalTo(Goals.TARGET.toString()))
                .body("mastery.required", equalTo(3)).body("mastery.streak", equalTo(0)).body("mastery.met", equalTo(false));
    }
}
