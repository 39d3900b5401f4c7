package org.tandem.events;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class EventInputTest {

    @Test
    void badTimesAreRefusedWithTheFieldAndCreateNothing() {
        TestDistrict d = TestDistrict.create();
        String day = LocalDate.now().plusDays(5).toString();
        post(d, EventFixtures.fields(day + "T10:00", day + "T09:00", "America/Chicago", null))
                .then().statusCode(422).body("errors.field", hasItem("event.endsAt"));
        post(d, EventFixtures.fields(day + "T09:00", day + "T10:00", "Mars/Olympus", null))
                .then().statusCode(422).body("errors.field", hasItem("event.timeZone"));
        post(d, EventFixtures.fields(day + "T09:00", day + "T10:00", "EST", null))
                .then().statusCode(422).body("errors.field", hasItem("event.timeZone"));
        post(d, EventFixtures.fields(day.replaceFirst("-\\d\\d$", "-31").replaceFirst("-\\d\\d-", "-02-") + "T09:00",
                day + "T10:00", "America/Chicago", null)).then().statusCode(422);
        Map<String, Object> negative = EventFixtures.fields(day + "T09:00", day + "T10:00", "America/Chicago", -5);
        post(d, negative).then().statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(422)));
        Api.responseValidated(d.teacherA()).contentType("application/json")
                .body(Map.of("audience", "class", "event", EventFixtures.fields(day + "T09:00", day + "T10:00", "UTC", null)))
                .post("/api/v1/events").then().statusCode(422).body("errors[0].field", equalTo("classId"));
        Api.validated(d.teacherA()).get("/api/v1/events").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aSchoolEventReachesEveryFamilyOfTheSchoolButTheBarredOne() {
        TestDistrict d = TestDistrict.create();
        String day = LocalDate.now().plusDays(5).toString();
        String id = Api.validated(d.schoolAdmin()).contentType("application/json")
                .body(Map.of("audience", "school", "schoolId", d.schoolId,
                        "event", EventFixtures.fields(day + "T09:00", day + "T10:00", "America/Chicago", null)))
                .post("/api/v1/events").then().statusCode(201).extract().path("id");
        for (String family : List.of(d.guardianA(), d.guardianB())) {
            Api.validated(family).get("/api/v1/events").then().body("items.id", hasItem(id));
        }
        Api.responseValidated(d.noContactGuardian()).get("/api/v1/events/" + id).then().statusCode(404);
    }

    private static io.restassured.response.Response post(TestDistrict d, Map<String, Object> fields) {
        return Api.responseValidated(d.teacherA()).contentType("application/json")
                .body(EventFixtures.classEvent(d.classA, fields)).post("/api/v1/events");
    }
}
