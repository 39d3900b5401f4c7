package org.tandem.events;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.tandem.events.EventFixtures.rsvp;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.directory.Guardianship;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Administrators mark where a guardian lives; RSVPs follow the household. */
@QuarkusTest
class HouseholdTest {

    @Test
    void markingAParentAsLivingApartGivesThemTheirOwnRsvp() {
        TestDistrict d = TestDistrict.create();
        EventFixtures.Family partner = EventFixtures.coGuardian(d, d.studentA, false, Guardianship.Permissions.ALL);
        String path = "/api/v1/guardians/" + partner.guardianId() + "/household";
        Api.validated(d.schoolAdmin()).get(path).then().statusCode(200).body("kind", equalTo("shared"));
        String event = EventFixtures.classAEvent(d, null);
        String shared = rsvp(d.guardianA(), event, "yes", 0, 0).then().statusCode(200).extract().path("id");
        Api.validated(partner.token()).get("/api/v1/events/" + event + "/rsvp").then().body("id", equalTo(shared));

        Api.validated(d.schoolAdmin()).contentType("application/json").body(Map.of("placement", "own")).put(path)
                .then().statusCode(200).body("kind", equalTo("marked"));
        Api.responseValidated(partner.token()).get("/api/v1/events/" + event + "/rsvp").then().statusCode(404);
        rsvp(partner.token(), event, "maybe", 0, 0).then().statusCode(200).body("id", not(equalTo(shared)));

        Api.validated(d.districtAdmin()).contentType("application/json")
                .body(Map.of("placement", "with", "guardianId", d.guardianAId.toString())).put(path).then().statusCode(200);
        // Living together again (in a marked household): one answer for both from now on.
        String together = rsvp(partner.token(), event, "no", 0, 0).then().statusCode(200).extract().path("id");
        Api.validated(d.guardianA()).get("/api/v1/events/" + event + "/rsvp").then().statusCode(200)
                .body("id", equalTo(together)).body("answer", equalTo("no"));
    }

    @Test
    void onlyAdministratorsOfTheFamilysSchoolPlaceHouseholds() {
        TestDistrict d = TestDistrict.create();
        TestDistrict other = TestDistrict.create();
        String path = "/api/v1/guardians/" + d.guardianAId + "/household";
        for (String token : List.of(d.teacherA(), d.guardianA())) {
            Api.responseValidated(token).get(path).then().statusCode(403);
            Api.responseValidated(token).contentType("application/json").body(Map.of("placement", "own")).put(path)
                    .then().statusCode(403);
        }
        Api.responseValidated(other.districtAdmin()).get(path).then().statusCode(404);
        Api.responseValidated(d.schoolAdmin()).contentType("application/json").body(Map.of("placement", "with"))
                .put(path).then().statusCode(422);
    }
}
