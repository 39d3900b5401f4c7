package org.tandem.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestTokens;

@QuarkusTest
class PagingTest {

    private static final String WIDGETS = "/api/v1/test-probe/widgets";
    private String owner;

    @BeforeEach
    void createWidgets() {
        owner = TestTokens.forRoles(TestTokens.randomSubject(), "teacher");
        for (int i = 0; i < 7; i++) {
            Api.raw(owner).contentType("application/json")
                    .body(Map.of("name", "widget-" + i, "quantity", i)).post(WIDGETS).then().statusCode(201);
        }
    }

    @Test
    void walkingThePagesReturnsEveryItemExactlyOnce() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = Api.raw(owner).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(WIDGETS);
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.name"));
            cursor = page.jsonPath().getString("nextCursor");
            if (cursor != null) {
                String link = page.header("Link");
                assertNotNull(link, "a page with more to come links to the next");
                assertTrue(link.endsWith("; rel=\"next\""), link);
                assertTrue(link.contains("limit=3"), "the link keeps the other parameters: " + link);
            } else {
                assertNull(page.header("Link"), "the last page has no next link");
            }
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(3, pages);
        assertEquals(List.of("widget-0", "widget-1", "widget-2", "widget-3", "widget-4", "widget-5", "widget-6"), seen);
        assertEquals(7, new HashSet<>(seen).size());
    }

    @Test
    void theNextLinkCanBeFollowedAsIs() {
        Response first = Api.raw(owner).queryParam("limit", 5).get(WIDGETS);
        String link = first.header("Link");
        String target = link.substring(1, link.indexOf('>'));
        Api.raw(owner).urlEncodingEnabled(false).get(target).then().statusCode(200)
                .body("items.name", equalTo(List.of("widget-5", "widget-6")))
                .body("nextCursor", nullValue());
    }

    @Test
    void defaultLimitIs25() {
        Api.raw(owner).get(WIDGETS).then().statusCode(200).body("items.size()", equalTo(7)).body("nextCursor", nullValue());
    }

    @Test
    void limitOutOfRangeIsA400NotClamped() {
        for (Object limit : List.of(0, -1, 101, 1000, "1e2", "ten")) {
            Api.raw(owner).queryParam("limit", limit).get(WIDGETS).then()
                    .statusCode(400).contentType("application/problem+json").body("code", equalTo("invalid_parameter"));
        }
        Api.raw(owner).queryParam("limit", 100).get(WIDGETS).then().statusCode(200);
    }

    @Test
    void forgedCursorsAreA400() {
        String cursor = Api.raw(owner).queryParam("limit", 2).get(WIDGETS).jsonPath().getString("nextCursor");
        String payload = cursor.substring(0, cursor.indexOf('.'));
        String signature = cursor.substring(cursor.indexOf('.') + 1);
        String decoded = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        String edited = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(decoded.replace("widget-1", "widget-4").getBytes(StandardCharsets.UTF_8));
        List<String> forgeries = List.of(
                edited + "." + signature,
                payload + "." + signature.substring(1),
                payload,
                "not-a-cursor",
                "%%%",
                "eyJ9." + signature,
                "x".repeat(1024));
        for (String forged : forgeries) {
            Api.raw(owner).queryParam("cursor", forged).get(WIDGETS).then()
                    .statusCode(400).contentType("application/problem+json").body("code", equalTo("invalid_parameter"));
        }
    }

    @Test
    void aCursorWorksOnlyForTheCallerWhoseListIssuedIt() {
        String cursor = Api.raw(owner).queryParam("limit", 2).get(WIDGETS).jsonPath().getString("nextCursor");
        String someoneElse = TestTokens.forRoles(TestTokens.randomSubject(), "teacher");
        Api.raw(someoneElse).queryParam("cursor", cursor).get(WIDGETS).then().statusCode(400);
    }
}
