package org.tandem.webhooks;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.access.Scopes;
import org.tandem.platform.outbox.DomainEvents;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** The changes feed through the API: ordered, filtered by type and scope, and gap-free across transactions. */
@QuarkusTest
class ChangesFeedTest {

    @Inject
    AgroalDataSource dataSource;

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void anEventWhoseTransactionCommitsLateIsStillReadAfterTheCursorThatPassedItsNumber() throws Exception {
        Hooks.publish(d.tenantId, "goal.proposed", 1);
        String start = readable(d.districtAdmin(), 1).getString("nextCursor");
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            insert(first, "goal.agreed", "first");    // takes the lower id, commits last
            insert(second, "goal.achieved", "second"); // takes the higher id, commits first
            second.commit();

            // While the first transaction runs, the feed stops before it: nothing numbered after it is handed out.
            JsonPath page = changes(d.districtAdmin(), start);
            assertEquals(List.of(), page.getList("items"), "nothing past the running transaction");
            assertFalse(page.getBoolean("hasMore"));
            String cursor = page.getString("nextCursor");

            first.commit();
            Hooks.await("both are readable", java.time.Duration.ofMinutes(2),
                    () -> changes(d.districtAdmin(), cursor).getList("items").size() == 2);
            JsonPath next = changes(d.districtAdmin(), cursor);
            List<String> data = next.getList("items.data.label");
            assertEquals(2, data.size(), "both arrive after the cursor, the late one included");
            assertTrue(data.containsAll(List.of("first", "second")));
            String end = next.getString("nextCursor");

            insert(first, "goal.revised", "third");
            first.commit();
            Hooks.await("the third is readable", java.time.Duration.ofMinutes(2),
                    () -> changes(d.districtAdmin(), end).getList("items").size() == 1);
            assertEquals(List.of("third"), changes(d.districtAdmin(), end).getList("items.data.label"));
        }
    }

    @Test
    void pagesFollowEachOtherInOrderAndAFilterNarrowsThem() {
        for (int i = 0; i < 7; i++) {
            Hooks.publish(d.tenantId, i % 2 == 0 ? "goal.agreed" : "message.posted", 1);
        }
        readable(d.districtAdmin(), 7);
        List<String> ids = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            JsonPath page = Api.validated(d.districtAdmin()).queryParam("limit", 3)
                    .queryParams(cursor == null ? java.util.Map.of() : java.util.Map.of("cursor", cursor))
                    .get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            more = page.getBoolean("hasMore");
        }
        assertEquals(7, ids.size());
        List<Long> numbers = ids.stream().map(id -> Long.parseLong(id.substring(4))).toList();
        assertEquals(numbers.stream().sorted().toList(), numbers, "in commit order (one event per transaction here)");

        JsonPath goals = Api.validated(d.districtAdmin()).queryParam("type", "goal.agreed").get("/api/v1/changes")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(4, goals.getList("items").size());
        assertTrue(goals.getList("items.type").stream().allMatch("goal.agreed"::equals));
        Api.validated(d.districtAdmin()).queryParam("type", "goal.agreed,message.posted").get("/api/v1/changes")
                .then().statusCode(200).body("items.size()", is(7));
    }

    @Test
    void anIntegratorSeesOnlyTheTypesItsScopesCoverAndAnotherDistrictNothing() {
        Hooks.publish(d.tenantId, "goal.agreed", 2);
        Hooks.publish(d.tenantId, "message.posted", 3);
        readable(d.districtAdmin(), 5);
        String goalsOnly = Integrators.token(UUID.randomUUID(), d.tenantId, Scopes.GOALS_EVENTS);
        JsonPath page = changes(goalsOnly, null);
        assertEquals(List.of("goal.agreed", "goal.agreed"), page.getList("items.type"));
        Api.responseValidated(goalsOnly).queryParam("type", "message.posted").get("/api/v1/changes").then()
                .statusCode(403).body("code", is("forbidden"));
        String messaging = Integrators.token(UUID.randomUUID(), d.tenantId, Scopes.MESSAGING_EVENTS, Scopes.GOALS_EVENTS);
        assertEquals(5, changes(messaging, null).getList("items").size());
        Api.responseValidated(Integrators.token(UUID.randomUUID(), d.tenantId, Scopes.WEBHOOKS_MANAGE)).get("/api/v1/changes")
                .then().statusCode(403);

        TestDistrict other = TestDistrict.create();
        assertEquals(List.of(), changes(other.districtAdmin(), null).getList("items"), "another district sees none of it");
        String cursor = changes(d.districtAdmin(), null).getString("nextCursor");
        Api.responseValidated(other.districtAdmin()).queryParam("cursor", cursor).get("/api/v1/changes").then()
                .statusCode(400).body("code", is("invalid_parameter"));
        Api.responseValidated(d.districtAdmin()).queryParam("cursor", "not-a-cursor").get("/api/v1/changes").then()
                .statusCode(400).body("code", is("invalid_parameter"));
        Api.responseValidated(d.districtAdmin()).queryParam("type", "Not A Type").get("/api/v1/changes").then()
                .statusCode(400);
        for (String token : List.of(d.guardianA(), d.teacherA(), d.schoolAdmin())) {
            Api.responseValidated(token).get("/api/v1/changes").then().statusCode(403);
        }
        Api.responseValidated().get("/api/v1/changes").then().statusCode(401);
    }

    @Test
    void theEventTypeCatalogShowsWhatTheCallerMaySee() {
        Api.validated(d.districtAdmin()).get("/api/v1/webhook-event-types").then().statusCode(200)
                .body("type", org.hamcrest.Matchers.hasItems("goal.agreed", "message.posted", "roster.import_finished"));
        Api.validated(Integrators.token(UUID.randomUUID(), d.tenantId, Scopes.GOALS_EVENTS)).get("/api/v1/webhook-event-types")
                .then().statusCode(200).body("type.every { it.startsWith('goal.') }", is(true))
                .body("scope.every { it == 'events.goals' }", is(true));
        Api.responseValidated(d.teacherA()).get("/api/v1/webhook-event-types").then().statusCode(403);
    }

    /** Waits until the district's feed holds this many events (the horizon may lag on a shared server). */
    private static JsonPath readable(String token, int count) {
        Hooks.await(count + " events readable", java.time.Duration.ofMinutes(2),
                () -> changes(token, null).getList("items").size() >= count);
        return changes(token, null);
    }

    private static JsonPath changes(String token, String cursor) {
        var request = Api.validated(token);
        if (cursor != null) {
            request = request.queryParam("cursor", cursor);
        }
        return request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
    }

    private void insert(Connection connection, String type, String label) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + DomainEvents.INSERT_COLUMNS
                + " VALUES (?, ?, NULL, NULL, now(), CAST(? AS jsonb))")) {
            insert.setString(1, d.tenantId.toString());
            insert.setString(2, type);
            insert.setString(3, "{\"label\": \"" + label + "\"}");
            insert.executeUpdate();
        }
    }
}
