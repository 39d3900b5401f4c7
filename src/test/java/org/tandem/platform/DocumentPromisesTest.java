package org.tandem.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.messaging.Messaging;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** What the document and the server promise a frontend team, checked on the running application. */
@QuarkusTest
class DocumentPromisesTest {

    @Test
    void aPatchInPlainJsonIsToldToSendAMergePatch() {
        TestDistrict d = TestDistrict.create();
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "Hello");
        Api.responseValidated(d.guardianA()).contentType("application/json").body("{\"muted\": true}")
                .patch("/api/v1/threads/" + thread).then().statusCode(415)
                .body("code", equalTo("unsupported_media_type"))
                .body("detail", containsString("application/merge-patch+json"));
    }

    @Test
    void aMalformedUuidInThePathIsA400NamingTheParameter() {
        TestDistrict d = TestDistrict.create();
        Api.responseValidated(d.guardianA()).get("/api/v1/threads/not-a-uuid").then().statusCode(400)
                .body("code", equalTo("invalid_parameter"))
                .body("errors.field", hasItem("threadId"));
    }

    @Test
    void theDocumentWorksOnAnyHostAndSwaggerUiSignsInWithAPasswordAndKeepsTheToken() {
        JsonPath doc = Api.raw().get("/q/openapi?format=json").jsonPath();
        assertEquals(List.of("/"), doc.getList("servers.url"));
        assertEquals("/api/v1/auth/token", doc.getString("components.securitySchemes.passwordSignIn.flows.password.tokenUrl"));
        Api.raw().get("/q/swagger-ui/").then().statusCode(200).body(containsString("persistAuthorization"));
        // The token request is typed per grant, and its example signs in (no "string" prefills).
        Map<String, Object> form = doc.getMap("paths.'/api/v1/auth/token'.post.requestBody.content.'application/x-www-form-urlencoded'");
        assertTrue(String.valueOf(form).contains("TokenRequest"));
        assertEquals(List.of("password", "refresh_token", "client_credentials"),
                List.copyOf(doc.getMap("components.schemas.TokenRequest.discriminator.mapping").keySet()));
        assertFalse(String.valueOf(form.get("examples")).contains("=string"));
    }

    @Test
    void postMessageAnswersAreToldApartByObject() {
        JsonPath doc = Api.raw().get("/q/openapi?format=json").jsonPath();
        assertEquals(List.of("message"), doc.getList("components.schemas.Message.properties.object.enum"));
        assertEquals(List.of("scheduled_message"), doc.getList("components.schemas.ScheduledMessage.properties.object.enum"));
    }
}
