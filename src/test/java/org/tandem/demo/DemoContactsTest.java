package org.tandem.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;

/** The demo district as a new frontend team meets it: Ana finds Leo's teacher with his office hours. */
@QuarkusTest
@TestProfile(DemoContactsTest.WithDemo.class)
class DemoContactsTest {

    public static class WithDemo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tandem.demo.enabled", "true");
        }
    }

    @Test
    void theDemoFamilyFindsTheTeacherWithOfficeHoursAndTheTeacherFindsTheFamily() {
        String ana = token("ana.lopez@demo.tandem.test");
        Api.validated(ana).get("/api/v1/me/school-contacts").then().statusCode(200)
                .body("items.find { it.givenName == 'Leo' }.contacts.find { it.familyName == 'Chen' }.officeHours.timeZone",
                        equalTo("America/Chicago"))
                .body("items.find { it.givenName == 'Leo' }.contacts.find { it.familyName == 'Chen' }.mayMessage",
                        equalTo(true));
        String chen = token("david.chen@demo.tandem.test");
        Api.validated(chen).get("/api/v1/me/families").then().statusCode(200)
                .body("items.guardians.flatten().givenName", hasItem("Ana"));
    }

    private static String token(String email) {
        String body = Api.form("grant_type", "password", "username", email, "password", "tandem-demo");
        return Api.validated().contentType("application/x-www-form-urlencoded").body(body).post("/api/v1/auth/token")
                .then().statusCode(200).body("access_token", notNullValue()).extract().path("access_token");
    }
}
