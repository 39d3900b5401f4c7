package org.tandem.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class MembershipFollowsDirectoryTest {

    @Test
    void anAdminsNoContactOrderThroughTheDirectoryApiRemovesTheGuardianFromExistingThreads() {
        TestDistrict d = TestDistrict.create();
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "hello family");
        assertTrue(Messaging.inboxIds(d.guardianA()).contains(thread));
        String etag = Api.validated(d.districtAdmin()).get("/api/v1/guardianships/" + d.guardianshipA)
                .then().statusCode(200).extract().header("ETag");
        Api.validated(d.districtAdmin()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"noContact\": true}").patch("/api/v1/guardianships/" + d.guardianshipA).then().statusCode(200);
        assertFalse(Messaging.inboxIds(d.guardianA()).contains(thread));
        assertEquals(0, Messaging.total(d.guardianA()));
        Api.responseValidated(d.guardianA()).get("/api/v1/threads/" + thread).then().statusCode(404);
    }

    @Test
    void withdrawingCommunicationsTakesTheGuardianOutAndRestoringBringsThemBack() {
        TestDistrict d = TestDistrict.create();
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "hello family");
        String path = "/api/v1/guardianships/" + d.guardianshipA;
        String etag = Api.validated(d.districtAdmin()).get(path).then().extract().header("ETag");
        etag = Api.validated(d.districtAdmin()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"receivesCommunications\": false}").patch(path).then().statusCode(200).extract().header("ETag");
        assertFalse(Messaging.inboxIds(d.guardianA()).contains(thread));
        Api.validated(d.districtAdmin()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"receivesCommunications\": true}").patch(path).then().statusCode(200);
        assertTrue(Messaging.inboxIds(d.guardianA()).contains(thread));
        assertEquals(0, Messaging.unread(d.guardianA(), thread), "coming back does not resurface old messages as unread");
    }
}
