package org.tandem.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.access.Roles;
import org.tandem.platform.tenancy.TenantScope;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestTokens;

/** With the demo district on, its events section is there: a waitlist, a near-full performance, booked conferences. */
@QuarkusTest
@TestProfile(EventsDemoTest.DemoOn.class)
class EventsDemoTest {

    /** Quarkus with the demo district created at start. */
    public static class DemoOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tandem.demo.enabled", "true");
        }
    }

    @Inject
    TenantScope tenants;
    @Inject
    DemoDirectory directory;

    @Test
    void theDemoDistrictHasAnOpenHouseWithAWaitlistAndAvasTwoHouseholdsEachBooked() {
        String jin = token(DemoPeople.SEPARATED_MOTHER);
        String daniel = token(DemoPeople.SEPARATED_FATHER);
        String openHouse = Api.validated(jin).get("/api/v1/events").then().statusCode(200)
                .body("items.title", hasItem(EventsDemo.OPEN_HOUSE)).extract()
                .path("items.find { it.title == '" + EventsDemo.OPEN_HOUSE + "' }.id");
        Api.validated(jin).get("/api/v1/events/" + openHouse + "/rsvp").then().statusCode(200)
                .body("status", equalTo("waitlisted")).body("waitlistPosition", equalTo(1));
        Api.validated(token(DemoPeople.PRINCIPAL)).get("/api/v1/events/" + openHouse + "/rsvps").then().statusCode(200)
                .body("confirmedHeads", equalTo(6)).body("capacity", equalTo(6));
        Api.validated(jin).get("/api/v1/me/conference-bookings").then().statusCode(200).body("bookings", hasSize(1));
        Api.validated(daniel).get("/api/v1/me/conference-bookings").then().statusCode(200).body("bookings", hasSize(1));
        Api.validated(token(DemoPeople.NO_CONTACT)).get("/api/v1/events").then().statusCode(200).body("items", hasSize(0));
    }

    private String token(String email) {
        UUID account = tenants.inNewTransaction(DemoDistrict.ID, () -> directory.account(email).id());
        String role = email.equals(DemoPeople.PRINCIPAL) ? Roles.SCHOOL_ADMIN : Roles.GUARDIAN;
        return email.equals(DemoPeople.PRINCIPAL)
                ? TestTokens.forTenant(DemoDistrict.ID.toString(), account.toString(), Roles.STAFF, role)
                : TestTokens.forTenant(DemoDistrict.ID.toString(), account.toString(), role);
    }
}
