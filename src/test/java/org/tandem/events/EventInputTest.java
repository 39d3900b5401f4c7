package org.tandem.events;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void theListIsKeysetPaginatedByStartAndIdAndItsCursorWorksOnlyWhereIssued() {
        TestDistrict d = TestDistrict.create();
        String day = java.time.LocalDate.now().plusDays(20).toString();
        List<String> ids = new java.util.ArrayList<>();
        for (String start : List.of("09:00", "09:00", "10:00")) {
            ids.add(EventFixtures.create(d.teacherA(), EventFixtures.classEvent(d.classA,
                    EventFixtures.fields(day + "T" + start, day + "T11:00", "America/Chicago", null)))
                    .then().statusCode(201).extract().path("id"));
        }
        io.restassured.response.Response first = Api.validated(d.teacherA()).queryParam("limit", 2).get("/api/v1/events");
        first.then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(2))
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));
        String cursor = first.path("nextCursor");
        io.restassured.response.Response second = Api.validated(d.teacherA()).queryParam("limit", 2)
                .queryParam("cursor", cursor).get("/api/v1/events");
        second.then().statusCode(200).body("nextCursor", org.hamcrest.Matchers.nullValue());
        List<String> seen = new java.util.ArrayList<>(first.jsonPath().getList("items.id"));
        seen.addAll(second.jsonPath().getList("items.id"));
        assertEquals(3, seen.size());
        assertEquals(ids.get(2), seen.get(2));
        assertEquals(java.util.Set.copyOf(ids), java.util.Set.copyOf(seen));
        // Another caller, or another window, cannot use the cursor.
        Api.responseValidated(d.schoolAdmin()).queryParam("cursor", cursor).get("/api/v1/events").then().statusCode(400);
        Api.responseValidated(d.teacherA()).queryParam("cursor", cursor).queryParam("to", "2100-01-01T00:00:00Z")
                .get("/api/v1/events").then().statusCode(400);
    }

    @Test
    void aMergePatchChangesOnlyWhatItNamesAndIsValidatedLikeAFullWrite() {
        TestDistrict d = TestDistrict.create();
        String event = EventFixtures.classAEvent(d, 2);
        List<EventFixtures.Family> f = EventFixtures.families(d, d.classA, 2);
        EventFixtures.rsvp(f.get(0).token(), event, "yes", 1, 0).then().body("status", equalTo("confirmed"));
        EventFixtures.rsvp(f.get(1).token(), event, "yes", 0, 0).then().body("status", equalTo("waitlisted"));
        io.restassured.response.Response before = Api.validated(d.teacherA()).get("/api/v1/events/" + event);
        String etag = before.header("ETag");
        Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json").body(Map.of("place", "Gym"))
                .patch("/api/v1/events/" + event).then().statusCode(428);
        Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("endsAt", before.path("startsAt").toString().replace("T18", "T17")))
                .patch("/api/v1/events/" + event).then().statusCode(422);
        Api.validated(d.teacherA()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"place\": \"Gym\", \"description\": null, \"capacity\": 3}")
                .patch("/api/v1/events/" + event).then().statusCode(200).body("place", equalTo("Gym"))
                .body("capacity", equalTo(3)).body("title", equalTo(before.path("title")))
                .body("startsAt", equalTo(before.path("startsAt")));
        // The larger capacity promoted the waiting household.
        Api.validated(f.get(1).token()).get("/api/v1/events/" + event + "/rsvp").then().body("status", equalTo("confirmed"));
        Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("place", "Hall")).patch("/api/v1/events/" + event).then().statusCode(412);
    }
}
