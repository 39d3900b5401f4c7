package org.tandem.notifications.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Registering devices: idempotent per device, a malformed subscription is a 422 that stores nothing. */
@QuarkusTest
class PushDeviceRegistrationTest {

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void registeringTheSameDeviceAgainIsIdempotent() {
        Map<String, Object> subscription = PushFixtures.web(PushFixtures.anEndpoint());
        Response first = register(d.guardianA(), subscription);
        assertEquals(201, first.statusCode(), first.asString());
        assertTrue(first.header("Location").endsWith("/api/v1/me/push-devices/" + first.path("id")));
        assertEquals("fcm.googleapis.com", first.path("hint"));
        // The endpoint and keys are never shown back.
        assertFalse(first.asString().contains((String) subscription.get("endpoint")));
        for (int i = 0; i < 3; i++) {
            Response again = register(d.guardianA(), subscription);
            assertEquals(200, again.statusCode());
            assertEquals((String) first.path("id"), again.path("id"));
        }
        String token = PushFixtures.apnsToken();
        Response ios = register(d.guardianA(), PushFixtures.apns(token));
        assertEquals(201, ios.statusCode());
        assertEquals("…" + token.substring(58), ios.path("hint"));
        // The same token in capitals is the same device.
        assertEquals((String) ios.path("id"), register(d.guardianA(), PushFixtures.apns(token.toUpperCase())).path("id"));
        assertEquals(2, devices(d.guardianA()).size());
    }

    @Test
    void aDeviceBelongsToWhoeverRegisteredItLast() {
        String token = PushFixtures.fcmToken();
        String id = register(d.guardianA(), PushFixtures.fcm(token)).path("id");
        Response taken = register(d.guardianB(), Map.of("platform", "fcm", "token", token));
        assertEquals(200, taken.statusCode());
        assertEquals(id, taken.path("id"));
        // Nothing of the previous owner's stays with it: not the name they gave it.
        assertNull(taken.path("name"));
        assertNull(taken.path("lastSentAt"));
        assertTrue(devices(d.guardianA()).isEmpty());
        assertEquals(List.of(id), devices(d.guardianB()));
        // Another district's person registering the same token gets a device of their own district.
        TestDistrict other = TestDistrict.create();
        assertEquals(201, register(other.guardianA(), PushFixtures.fcm(token)).statusCode());
        assertEquals(List.of(id), devices(d.guardianB()));
    }

    @Test
    void beyondTheLimitTheOldestRegistrationIsForgotten() {
        String oldest = register(d.teacherA(), PushFixtures.fcm(PushFixtures.fcmToken())).path("id");
        for (int i = 0; i < 20; i++) {
            assertEquals(201, register(d.teacherA(), PushFixtures.fcm(PushFixtures.fcmToken())).statusCode());
        }
        List<String> kept = devices(d.teacherA());
        assertEquals(20, kept.size());
        assertFalse(kept.contains(oldest));
    }

    @Test
    void aMalformedSubscriptionIsRefusedAndStoresNothing() {
        String endpoint = PushFixtures.anEndpoint();
        List<Map.Entry<String, Map<String, Object>>> bad = new java.util.ArrayList<>();
        bad.add(Map.entry("endpoint", PushFixtures.web("http://push.example.com/send/abc")));
        bad.add(Map.entry("endpoint", PushFixtures.web("https:///no-host")));
        bad.add(Map.entry("endpoint", PushFixtures.web("not a url")));
        bad.add(Map.entry("endpoint", PushFixtures.web("https://user:pw@push.example.com/x")));
        bad.add(Map.entry("keys.p256dh", PushFixtures.web(endpoint, PushFixtures.b64(new byte[65]), PushFixtures.auth())));
        bad.add(Map.entry("keys.p256dh", PushFixtures.web(endpoint, "not*base64", PushFixtures.auth())));
        bad.add(Map.entry("keys.auth", PushFixtures.web(endpoint, PushFixtures.p256dh(), PushFixtures.b64(new byte[8]))));
        Map<String, Object> noKeys = new HashMap<>(PushFixtures.web(endpoint));
        noKeys.remove("keys");
        bad.add(Map.entry("keys.p256dh", noKeys));
        Map<String, Object> tokenOnWeb = new HashMap<>(PushFixtures.web(endpoint));
        tokenOnWeb.put("token", PushFixtures.fcmToken());
        bad.add(Map.entry("token", tokenOnWeb));
        bad.add(Map.entry("platform", Map.of("platform", "sms", "token", PushFixtures.fcmToken())));
        bad.add(Map.entry("token", Map.of("platform", "fcm", "token", "short")));
        bad.add(Map.entry("token", Map.of("platform", "apns", "token", "zz" + PushFixtures.apnsToken(), "appId", "org.tandem.app")));
        bad.add(Map.entry("appId", Map.of("platform", "apns", "token", PushFixtures.apnsToken())));
        bad.add(Map.entry("environment", Map.of("platform", "apns", "token", PushFixtures.apnsToken(), "appId", "a.b",
                "environment", "staging")));
        bad.add(Map.entry("name", Map.of("platform", "fcm", "token", PushFixtures.fcmToken(), "name", "x".repeat(101))));
        for (Map.Entry<String, Map<String, Object>> c : bad) {
            Response refused = register(d.guardianA(), c.getValue());
            assertEquals(422, refused.statusCode(), c.getKey() + ": " + refused.asString());
            assertEquals("validation_failed", refused.path("code"));
            assertTrue(refused.jsonPath().getList("errors.field").contains(c.getKey()), refused.asString());
        }
        for (String endpointOnly : List.of("http://push.example.com/send/abc", "https:///no-host", "ftp://push.example.com/a",
                "https://" + "a".repeat(2050) + ".example.com/")) {
            Response refused = register(d.guardianA(), PushFixtures.web(endpointOnly));
            assertEquals(422, refused.statusCode(), endpointOnly);
        }
        assertEquals(400, Api.responseValidated(d.guardianA()).contentType("application/json").body("{\"platform\":")
                .post("/api/v1/me/push-devices").statusCode());
        assertTrue(devices(d.guardianA()).isEmpty());
    }

    private static Response register(String token, Map<String, Object> body) {
        return PushDeviceAuthorizationTest.register(token, body);
    }

    private static List<String> devices(String token) {
        return Api.validated(token).get("/api/v1/me/push-devices").then().statusCode(200).extract().jsonPath()
                .getList("items.id");
    }
}
