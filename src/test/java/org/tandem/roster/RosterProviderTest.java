package org.tandem.roster;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.tandem.roster.OneRosterPackages.integrator;
import static org.tandem.roster.RosterPulls.configure;
import static org.tandem.roster.RosterPulls.settings;
import static org.tandem.roster.RosterPulls.startPull;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.access.Scopes;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** The district's OneRoster provider settings: who may set, read and pull; If-Match; bad input; secrets never shown. */
@QuarkusTest
class RosterProviderTest {

    private static final String PATH = "/api/v1/roster/provider";
    private ProviderStub stub;
    private TestDistrict d;

    @BeforeEach
    void district() {
        stub = new ProviderStub().load("v1p2-clean", ProviderStub.CLEAN_MODIFIED);
        d = TestDistrict.create();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void onlyDistrictAdminsSetTheProviderAndItsCredentialsAreNeverShown() {
        for (String token : List.of(integrator(d.tenantId, Scopes.ROSTER_WRITE, Scopes.ROSTER_READ, Scopes.DIRECTORY_READ),
                d.schoolAdmin(), d.teacherA(), d.guardianA())) {
            Api.responseValidated(token).contentType("application/json").body(settings(stub)).put(PATH)
                    .then().statusCode(403).body("code", is("forbidden"));
        }
        Api.responseValidated().contentType("application/json").body(settings(stub)).put(PATH).then().statusCode(401);
        String created = Api.validated(d.districtAdmin()).contentType("application/json").body(settings(stub)).put(PATH)
                .then().statusCode(201).header("ETag", "\"0\"").header("Location", org.hamcrest.Matchers.endsWith(PATH))
                .body("credentialsSet", is(true)).body("watermark", nullValue()).extract().asString();
        assertFalse(created.contains(ProviderStub.CLIENT_SECRET) || created.contains(ProviderStub.CLIENT_ID), created);
        String read = Api.validated(integrator(d.tenantId, Scopes.ROSTER_READ)).get(PATH).then().statusCode(200)
                .body("baseUrl", is(stub.baseUrl())).extract().asString();
        assertFalse(read.contains(ProviderStub.CLIENT_SECRET) || read.contains(ProviderStub.CLIENT_ID), read);
        assertEquals(0L, RosterImportTest.count(d, "SELECT count(*) FROM roster_rest_source WHERE tenant_id = :t "
                + "AND position(convert_to('" + ProviderStub.CLIENT_ID + "', 'UTF8') IN credentials) > 0"), "stored encrypted");

        for (String token : List.of(integrator(d.tenantId, Scopes.DIRECTORY_READ), d.schoolAdmin(), d.teacherA(), d.guardianA())) {
            Api.responseValidated(token).get(PATH).then().statusCode(403);
        }
        for (String token : List.of(integrator(d.tenantId, Scopes.ROSTER_WRITE, Scopes.ROSTER_WRITE), d.schoolAdmin(), d.teacherA())) {
            Api.responseValidated(token).header("If-Match", "\"0\"").delete(PATH).then().statusCode(403);
        }
    }

    @Test
    void districtAdminsAndIntegratorsWithRosterWritePullAndNoOneReachesAnotherDistrict() {
        configure(d, stub);
        for (String token : List.of(integrator(d.tenantId, Scopes.ROSTER_READ, Scopes.DIRECTORY_READ), integrator(d.tenantId),
                d.schoolAdmin(), d.teacherA(), d.guardianA())) {
            Api.responseValidated(token).post(PATH + "/pulls").then().statusCode(403).body("code", is("forbidden"));
        }
        Api.responseValidated().post(PATH + "/pulls").then().statusCode(401);
        String writer = integrator(d.tenantId, Scopes.ROSTER_WRITE);
        String id = Api.validated(writer).header("Idempotency-Key", "pull-1").post(PATH + "/pulls?dryRun=true")
                .then().statusCode(202).extract().path("id");
        var job = OneRosterPackages.waitFor(writer, id);
        assertEquals("succeeded", job.getString("state"), job::prettify);
        Api.validated(writer).header("Idempotency-Key", "pull-1").post(PATH + "/pulls?dryRun=true")
                .then().statusCode(202).header("Idempotent-Replayed", "true").body("id", is(id));

        TestDistrict other = TestDistrict.create();
        for (String token : List.of(other.districtAdmin(), integrator(other.tenantId, Scopes.ROSTER_WRITE, Scopes.ROSTER_READ))) {
            Api.responseValidated(token).get(PATH).then().statusCode(404);
            Api.responseValidated(token).post(PATH + "/pulls").then().statusCode(404);
            Api.responseValidated(token).get("/api/v1/roster/imports/" + job.getString("id")).then().statusCode(404);
        }
        Api.responseValidated(other.districtAdmin()).header("If-Match", "\"0\"").delete(PATH).then().statusCode(404);
        RosterPulls.provider(d);
    }

    @Test
    void aReplacementNeedsTheCurrentETagAndKeepsTheCredentialsUnlessBothAreSent() {
        configure(d, stub);
        Map<String, Object> body = new HashMap<>(settings(stub));
        body.remove("clientId");
        body.remove("clientSecret");
        body.put("scope", null);
        Api.validated(d.districtAdmin()).contentType("application/json").body(body).put(PATH)
                .then().statusCode(428).body("code", is("precondition_required"));
        Api.validated(d.districtAdmin()).contentType("application/json").header("If-Match", "\"7\"").body(body).put(PATH)
                .then().statusCode(412).body("code", is("precondition_failed"));
        Api.validated(d.districtAdmin()).contentType("application/json").header("If-Match", "\"0\"").body(body).put(PATH)
                .then().statusCode(200).header("ETag", "\"1\"").body("scope", nullValue());
        assertEquals("succeeded", RosterPulls.pullAndWait(d.districtAdmin(), null).getString("state"),
                "the kept credentials still work");

        Api.validated(d.districtAdmin()).delete(PATH).then().statusCode(428);
        Api.validated(d.districtAdmin()).header("If-Match", "\"0\"").delete(PATH).then().statusCode(412);
        Api.validated(d.districtAdmin()).header("If-Match", "\"1\"").delete(PATH).then().statusCode(204);
        Api.validated(d.districtAdmin()).get(PATH).then().statusCode(404);
        startPull(d.districtAdmin(), null).then().statusCode(404);
        Api.validated(d.districtAdmin()).contentType("application/json").header("If-Match", "\"1\"").body(settings(stub))
                .put(PATH).then().statusCode(412);
    }

    @Test
    void badSettingsAreRefusedFieldByFieldAndChangeNothing() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("baseUrl", "ftp://sis.example/ims/oneroster/rostering/v1p2");
        bad.put("tokenUrl", "https://user:pw@sis.example/token");
        bad.put("clientId", "tandem client");
        bad.put("clientSecret", "x");
        bad.put("scope", "roster\u0007");
        bad.put("pullEvery", "PT1S");
        Api.validated(d.districtAdmin()).contentType("application/json").body(bad).put(PATH).then().statusCode(422)
                .body("code", is("validation_failed"))
                .body("errors.field", hasItem("baseUrl")).body("errors.field", hasItem("tokenUrl"))
                .body("errors.field", hasItem("clientId")).body("errors.field", hasItem("scope"))
                .body("errors.field", hasItem("pullEvery")).body("errors.field", not(hasItem("clientSecret")));
        for (Map<String, Object> body : List.of(
                Map.<String, Object>of("baseUrl", stub.baseUrl(), "tokenUrl", stub.tokenUrl()),
                Map.<String, Object>of("baseUrl", stub.baseUrl(), "tokenUrl", stub.tokenUrl(), "clientId", "a"),
                Map.<String, Object>of("baseUrl", "not a url", "tokenUrl", stub.tokenUrl(), "clientId", "a", "clientSecret", "b"),
                Map.<String, Object>of("baseUrl", stub.baseUrl() + "?x=1", "tokenUrl", stub.tokenUrl(), "clientId", "a", "clientSecret", "b"),
                Map.<String, Object>of("tokenUrl", stub.tokenUrl(), "clientId", "a", "clientSecret", "b"),
                Map.<String, Object>of("baseUrl", stub.baseUrl(), "tokenUrl", stub.tokenUrl(), "clientId", "a", "clientSecret", "b",
                        "pullEvery", "soon"),
                Map.<String, Object>of("baseUrl", stub.baseUrl(), "tokenUrl", stub.tokenUrl(), "clientId", "a", "clientSecret", "b",
                        "pullEvery", "P60D"))) {
            Api.responseValidated(d.districtAdmin()).contentType("application/json").body(body).put(PATH)
                    .then().statusCode(422).body("code", is("validation_failed"));
        }
        Map<String, Object> unknown = new HashMap<>(settings(stub));
        unknown.put("password", "x");
        Api.responseValidated(d.districtAdmin()).contentType("application/json").body(unknown).put(PATH)
                .then().statusCode(400).body("code", is("unknown_field"));
        Api.validated(d.districtAdmin()).get(PATH).then().statusCode(404);

        configure(d, stub);
        startPull(d.districtAdmin(), "mode=delta").then().statusCode(422).body("code", is("no_watermark"));
        Api.responseValidated(d.districtAdmin()).post(PATH + "/pulls?mode=sometimes").then().statusCode(400);
        assertEquals(0L, RosterImportTest.count(d, "SELECT count(*) FROM roster_import WHERE tenant_id = :t"));
        assertEquals("succeeded", RosterPulls.pullAndWait(d.districtAdmin(), null).getString("state"));
        startPull(d.districtAdmin(), "deactivateMissing=true&mode=delta").then().statusCode(400).body("code", is("invalid_parameter"));
    }
}
