package org.tandem.events;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.events.EventFixtures.rsvp;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.directory.Guardianship;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class RsvpTest {

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void capacityCountsHeadsAndTheWaitlistPromotesTheFirstPartyThatFits() {
        String event = EventFixtures.classAEvent(d, 5);
        List<EventFixtures.Family> f = EventFixtures.families(d, d.classA, 3);
        rsvp(f.get(0).token(), event, "yes", 2, 0).then().statusCode(200).body("status", equalTo("confirmed"))
                .body("heads", equalTo(3));
        rsvp(f.get(1).token(), event, "yes", 1, 1).then().statusCode(200).body("status", equalTo("waitlisted"))
                .body("waitlistPosition", equalTo(1));
        // A party of one still fits in the two free places: the first waiting party that fits is confirmed.
        rsvp(f.get(2).token(), event, "yes", 0, 0).then().statusCode(200).body("status", equalTo("confirmed"));
        rsvp(f.get(0).token(), event, "no", 0, 0).then().statusCode(200).body("status", equalTo("not_attending"));
        Api.validated(f.get(1).token()).get("/api/v1/events/" + event + "/rsvp").then().statusCode(200)
                .body("status", equalTo("confirmed")).body("promotedAt", notNullValue())
                .body("waitlistPosition", nullValue());

        JsonPath summary = Api.validated(d.teacherA()).get("/api/v1/events/" + event + "/rsvps").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(4, summary.getInt("confirmedHeads"));
        assertEquals(0, summary.getInt("waitlistedHeads"));
        assertEquals(1, summary.getInt("noHouseholds"));
        // Class A's households: guardian A's and the three added; three answered (no-contact is no household).
        assertEquals(1, summary.getInt("notAnsweredHouseholds"));
        String csv = Api.validated(d.teacherA()).get("/api/v1/events/" + event + "/rsvps.csv").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.startsWith("respondent,answer,status"), csv);
        assertEquals(4, csv.split("\r\n").length);
    }

    @Test
    void aConfirmedPartyThatGrowsPastTheFreePlacesWaitsWhole() {
        String event = EventFixtures.classAEvent(d, 4);
        List<EventFixtures.Family> f = EventFixtures.families(d, d.classA, 2);
        rsvp(f.get(0).token(), event, "yes", 1, 0).then().body("status", equalTo("confirmed"));
        rsvp(f.get(1).token(), event, "yes", 1, 0).then().body("status", equalTo("confirmed"));
        rsvp(f.get(0).token(), event, "yes", 1, 1).then().statusCode(200).body("status", equalTo("waitlisted"));
        rsvp(f.get(1).token(), event, "maybe", 0, 0).then().statusCode(200).body("status", equalTo("maybe"));
        Api.validated(f.get(0).token()).get("/api/v1/events/" + event + "/rsvp").then().body("status", equalTo("confirmed"));
    }

    @Test
    void aWaitingPartyKeepsItsTurnWhenItShrinksAndAStaleIfMatchChangesNothing() {
        String event = EventFixtures.classAEvent(d, 3);
        List<EventFixtures.Family> f = EventFixtures.families(d, d.classA, 3);
        rsvp(f.get(0).token(), event, "yes", 2, 0).then().body("status", equalTo("confirmed"));
        rsvp(f.get(1).token(), event, "yes", 1, 0).then().body("status", equalTo("waitlisted")).body("waitlistPosition", equalTo(1));
        rsvp(f.get(2).token(), event, "yes", 0, 0).then().body("status", equalTo("waitlisted")).body("waitlistPosition", equalTo(2));
        // Smaller, but still nothing free: the party keeps its turn.
        rsvp(f.get(1).token(), event, "yes", 0, 0).then().body("status", equalTo("waitlisted")).body("waitlistPosition", equalTo(1));
        // One place frees up: the first waiting party that fits is promoted, the other moves up.
        rsvp(f.get(0).token(), event, "yes", 1, 0).then().body("status", equalTo("confirmed")).body("promotedAt", nullValue());
        Api.validated(f.get(1).token()).get("/api/v1/events/" + event + "/rsvp").then().body("status", equalTo("confirmed"))
                .body("promotedAt", notNullValue());
        String etag = Api.validated(f.get(2).token()).get("/api/v1/events/" + event + "/rsvp").then()
                .body("waitlistPosition", equalTo(1)).extract().header("ETag");
        Api.responseValidated(f.get(2).token()).contentType("application/json").header("If-Match", "\"999\"")
                .body(Map.of("answer", "no")).put("/api/v1/events/" + event + "/rsvp").then().statusCode(412);
        Api.validated(f.get(2).token()).get("/api/v1/events/" + event + "/rsvp").then().header("ETag", equalTo(etag))
                .body("status", equalTo("waitlisted"));
        Api.validated(f.get(2).token()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("answer", "no")).put("/api/v1/events/" + event + "/rsvp").then().statusCode(200)
                .body("status", equalTo("not_attending"));
    }

    @Test
    void aLargerCapacityPromotesAndASmallerOneThanConfirmedIsRefused() {
        String event = EventFixtures.classAEvent(d, 2);
        List<EventFixtures.Family> f = EventFixtures.families(d, d.classA, 2);
        rsvp(f.get(0).token(), event, "yes", 1, 0).then().body("status", equalTo("confirmed"));
        rsvp(f.get(1).token(), event, "yes", 0, 1).then().body("status", equalTo("waitlisted"));
        String day = LocalDate.now().plusMonths(1).toString();
        String etag = Api.validated(d.teacherA()).get("/api/v1/events/" + event).then().extract().header("ETag");
        Api.validated(d.teacherA()).contentType("application/json").header("If-Match", etag)
                .body(EventFixtures.fields(day + "T18:00", day + "T20:00", "America/Chicago", 1))
                .put("/api/v1/events/" + event).then().statusCode(409).body("code", equalTo("capacity_below_confirmed"));
        Api.validated(d.teacherA()).contentType("application/json")
                .body(EventFixtures.fields(day + "T18:00", day + "T20:00", "America/Chicago", 4))
                .put("/api/v1/events/" + event).then().statusCode(428);
        Api.validated(d.teacherA()).contentType("application/json").header("If-Match", etag)
                .body(EventFixtures.fields(day + "T18:00", day + "T20:00", "America/Chicago", 4))
                .put("/api/v1/events/" + event).then().statusCode(200).body("capacity", equalTo(4))
                .body("sequence", equalTo(1));
        Api.validated(f.get(1).token()).get("/api/v1/events/" + event + "/rsvp").then().body("status", equalTo("confirmed"));
    }

    @Test
    void guardiansOfOneHomeShareOneRsvpAndSeparatedHouseholdsAnswerOnTheirOwn() {
        String event = EventFixtures.classAEvent(d, null);
        EventFixtures.Family sameHome = EventFixtures.coGuardian(d, d.studentA, false, Guardianship.Permissions.ALL);
        EventFixtures.Family otherHome = EventFixtures.coGuardian(d, d.studentA, true, Guardianship.Permissions.ALL);
        String id = rsvp(d.guardianA(), event, "yes", 1, 2).then().statusCode(200).extract().path("id");
        Api.validated(sameHome.token()).get("/api/v1/events/" + event + "/rsvp").then().statusCode(200)
                .body("id", equalTo(id)).body("childGuests", equalTo(2));
        rsvp(sameHome.token(), event, "no", 0, 0).then().statusCode(200).body("id", equalTo(id));
        Api.validated(d.guardianA()).get("/api/v1/events/" + event + "/rsvp").then().body("answer", equalTo("no"));
        Api.responseValidated(otherHome.token()).get("/api/v1/events/" + event + "/rsvp").then().statusCode(404);
        rsvp(otherHome.token(), event, "yes", 0, 0).then().statusCode(200).body("id", org.hamcrest.Matchers.not(equalTo(id)));
    }

    @Test
    void badAnswersAreRefusedAndChangeNothing() {
        String day = LocalDate.now().plusMonths(1).toString();
        Map<String, Object> fields = EventFixtures.fields(day + "T18:00", day + "T20:00", "America/Chicago", 10);
        fields.put("maxGuests", 2);
        String event = EventFixtures.create(d.teacherA(), EventFixtures.classEvent(d.classA, fields))
                .then().statusCode(201).extract().path("id");
        rsvp(d.guardianA(), event, "yes", 2, 1).then().statusCode(422);
        Api.responseValidated(d.guardianA()).contentType("application/json")
                .body(Map.of("answer", "yes", "adultGuests", -1)).put("/api/v1/events/" + event + "/rsvp")
                .then().statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(422)));
        Api.responseValidated(d.guardianA()).contentType("application/json")
                .body(Map.of("answer", "perhaps")).put("/api/v1/events/" + event + "/rsvp")
                .then().statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(422)));
        Api.responseValidated(d.guardianA()).get("/api/v1/events/" + event + "/rsvp").then().statusCode(404);

        Map<String, Object> closed = EventFixtures.fields(day + "T18:00", day + "T20:00", "America/Chicago", null);
        closed.put("rsvpDeadline", Instant.now().minusSeconds(60).toString());
        String late = EventFixtures.create(d.teacherA(), EventFixtures.classEvent(d.classA, closed))
                .then().statusCode(201).extract().path("id");
        rsvp(d.guardianA(), late, "yes", 0, 0).then().statusCode(409).body("code", equalTo("rsvp_closed"));

        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("reason", "Flooded gym"))
                .post("/api/v1/events/" + event + "/cancellation").then().statusCode(200).body("cancelled", equalTo(true))
                .body("cancelReason", equalTo("Flooded gym"));
        rsvp(d.guardianA(), event, "yes", 0, 0).then().statusCode(409).body("code", equalTo("event_cancelled"));
    }
}
